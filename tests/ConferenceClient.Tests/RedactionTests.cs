using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

/// <summary>
/// The token, planted by a server in every place an answer can carry it, reaches no exception text and
/// no log line, structured values included.
/// </summary>
public class RedactionTests : ConferenceServerTest
{
    private static readonly string JsonEscaped = Token.Replace("-", "\\u002D", StringComparison.Ordinal);
    private static readonly string PercentEncoded = Token.Replace("-", "%2D", StringComparison.Ordinal);
    private static readonly string Hex = BitConverter.ToString(System.Text.Encoding.UTF8.GetBytes(Token));

    private CapturingLoggerProvider _logs = null!;
    private ILoggerFactory _loggerFactory = null!;

    [SetUp]
    public void CaptureLogs()
    {
        _logs = new CapturingLoggerProvider();
        _loggerFactory = _logs.CreateFactory();
    }

    [TearDown]
    public void StopCapturing()
    {
        _loggerFactory.Dispose();
        _logs.Dispose();
    }

    private static object[] PlantedAnswers() =>
    [
        new object[] { "the reason phrase", $"HTTP/1.1 400 Bad {Token}\r\nContent-Length: 2\r\n\r\n{{}}", 0 },
        new object[] { "the tracking header", $"HTTP/1.1 400 Bad Request\r\nTrackingID: ROUTER_{Token}\r\nContent-Length: 2\r\n\r\n{{}}", 0 },
        new object[] { "a JSON-escaped echo", Answer400($$"""{"message":"token {{JsonEscaped}} rejected","trackingId":"T_{{JsonEscaped}}","errors":[{"description":"{{JsonEscaped}}"}]}"""), 0 },
        new object[] { "a percent-encoded echo", Answer400($"<html>token={PercentEncoded}</html>"), 0 },
        new object[] { "an invalid header line", $"HTTP/1.1 400 Bad Request\r\nNot a header {Token}\r\nContent-Length: 2\r\n\r\n{{}}", 0 },
        new object[] { "a chunk-size line", $"HTTP/1.1 400 Bad Request\r\nTransfer-Encoding: chunked\r\n\r\n{Token}\r\n{{}}\r\n0\r\n\r\n", 0 },
        new object[] { "a chunk-size line quoting the token among other text", $"HTTP/1.1 400 Bad Request\r\nTransfer-Encoding: chunked\r\n\r\nBearer {Token} ok\r\n{{}}\r\n0\r\n\r\n", 0 },
        new object[] { "a header's name", $"HTTP/1.1 400 Bad Request\r\nX-{Token}: 1\r\nContent-Length: 2\r\n\r\n{{}}", 0 },
        new object[] { "a 503 that is retried", $"HTTP/1.1 503 Busy {Token}\r\nRetry-After: 0\r\nX-Echo: {Token}\r\nContent-Length: 2\r\n\r\n{{}}", 1 },
    ];

    [TestCaseSource(nameof(PlantedAnswers))]
    public async Task The_token_reaches_no_exception_and_no_log(string where, string answer, int retries)
    {
        using var server = new RawAnswerServer(answer);
        var client = CreateClient(o => (o.BaseAddress, o.MaxRetries, o.LoggerFactory) = (server.BaseAddress, retries, _loggerFactory));

        var failure = (await Assert.CatchAsync<Exception>(() => client.ResumeAsync().Settled()))!;

        var texts = new[] { failure.Message, failure.ToString() }
            .Concat(failure is ConferenceApiException api
                ? [api.Response ?? "", api.TrackingId ?? "", api.WebexMessage ?? "", string.Join(" ", api.ErrorDescriptions), string.Join(" ", api.Headers.SelectMany(h => h.Value)), string.Join(" ", api.Headers.Keys)]
                : [])
            .Concat(_logs.Lines.Select(l => l.AllText))
            .ToList();
        Assert.That(_logs.Lines, Is.Not.Empty, where);
        Assert.That(texts, Has.None.Contains(Token).And.None.Contains(JsonEscaped).And.None.Contains(PercentEncoded), where);
        Assert.That(texts.Select(t => t.ToUpperInvariant()), Has.None.Contains(Hex).And.None.Contains(Hex.Replace("-", "", StringComparison.Ordinal)), where);
        Assert.That(failure, Is.InstanceOf<ConferenceApiException>().Or.InstanceOf<HttpRequestException>(), where);
    }

    [Test]
    public async Task A_redacted_json_echo_still_reads_as_the_webex_error()
    {
        using var server = new RawAnswerServer(Answer400($$"""{"message":"token {{JsonEscaped}} rejected","trackingId":"ROUTER_9"}"""));
        var client = CreateClient(o => o.BaseAddress = server.BaseAddress);

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync()))!;

        Assert.That(error.WebexMessage, Is.EqualTo("token *** rejected"));
        Assert.That(error.TrackingId, Is.EqualTo("ROUTER_9"));
    }

    [Test]
    public async Task A_long_token_in_a_long_reason_phrase_is_redacted_before_the_phrase_is_cut()
    {
        var longToken = "ZDI3MGEyYzQtNmFlNS00NDNhLWFlMjYtZjE4NmQ0ZDY5NmI0MzQyNzc2MzEtODZi_P0A1_" + new string('q', 40);
        using var server = new RawAnswerServer($"HTTP/1.1 401 Invalid token {longToken}\r\nContent-Length: 2\r\n\r\n{{}}");
        var client = CreateClient(o => (o.AccessToken, o.BaseAddress, o.LoggerFactory) = (longToken, server.BaseAddress, _loggerFactory));

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync()))!;

        Assert.That(error.Message, Does.Contain("Invalid token ***").And.Not.Contain(longToken[..20]));
        Assert.That(_logs.Lines.Select(l => l.AllText), Has.None.Contains(longToken[..20]));
    }

    [TestCase("{\"message\":\"x\"}\n{\"echo\":\"TOKEN\"}")]
    [TestCase("[\"x\"] token=TOKEN")]
    [TestCase("401 bad token TOKEN")]
    public async Task A_json_escaped_token_after_the_first_json_value_is_redacted(string body)
    {
        using var server = new RawAnswerServer(Answer400(body.Replace("TOKEN", JsonEscaped, StringComparison.Ordinal)));
        var client = CreateClient(o => o.BaseAddress = server.BaseAddress);

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync()))!;

        Assert.That(error.Response, Does.Not.Contain(JsonEscaped).And.Not.Contain(Token));
    }

    [Test]
    public async Task A_handlers_own_exception_keeps_its_type_and_is_not_retried_for_holding_the_token()
    {
        var calls = 0;
        var client = CreateClient(o =>
        {
            o.LoggerFactory = _loggerFactory;
            o.AttemptHandlers.Add(() => new ThrowingHandler(() => calls++));
        });

        var failure = await Assert.CatchAsync<InvalidOperationException>(() => client.HoldAsync());

        Assert.That(calls, Is.EqualTo(1));
        Assert.That(failure, Is.Not.Null);
        Assert.That(_logs.Lines.Select(l => l.AllText), Has.None.Contains(Token));
    }

    [Test]
    public async Task A_one_letter_token_masks_no_letters_inside_words_and_no_tracking_id()
    {
        const string message = "The call stranger was not found.";
        using var server = new RawAnswerServer(Answer404($$"""{"message":"{{message}}","trackingId":"ROUTER_t-7f3a"}"""));
        var client = CreateClient(o => (o.AccessToken, o.BaseAddress, o.LoggerFactory) = ("t", server.BaseAddress, _loggerFactory));

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync()))!;

        Assert.That(error.WebexMessage, Is.EqualTo(message));
        Assert.That(error.TrackingId, Is.EqualTo("ROUTER_t-7f3a"));
        Assert.That(error.Message, Does.Contain(message).And.Contain("ROUTER_t-7f3a").And.Not.Contain("***"));
        Assert.That(_logs.Lines.Select(l => l.AllText), Has.None.Contains("***"));
    }

    [Test]
    public async Task A_one_letter_token_that_is_a_letter_of_every_json_key_still_leaves_the_webex_error_readable()
    {
        using var server = new RawAnswerServer(Answer404("""{"message":"The conference was not found.","errors":[{"description":"None here."}],"trackingId":"ROUTER_e"}"""));
        var client = CreateClient(o => (o.AccessToken, o.BaseAddress) = ("e", server.BaseAddress));

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync()))!;

        Assert.That(error.WebexMessage, Is.EqualTo("The conference was not found."));
        Assert.That(error.ErrorDescriptions, Is.EqualTo(new[] { "None here." }));
        Assert.That(error.TrackingId, Is.EqualTo("ROUTER_e"));
    }

    [Test]
    public async Task A_short_token_standing_as_a_word_of_its_own_is_still_masked()
    {
        using var server = new RawAnswerServer(Answer404("""{"message":"Bearer t is not valid (token=t).","trackingId":"ROUTER_1"}"""));
        var client = CreateClient(o => (o.AccessToken, o.BaseAddress) = ("t", server.BaseAddress));

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync()))!;

        Assert.That(error.WebexMessage, Is.EqualTo("Bearer *** is not valid (token=***)."));
    }

    private sealed class ThrowingHandler(Action onCall) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
        {
            onCall();
            throw new InvalidOperationException("bad state for " + request.Headers.Authorization!.Parameter);
        }
    }

    private static string Answer400(string body) =>
        $"HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: {System.Text.Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";

    private static string Answer404(string body) =>
        $"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: {System.Text.Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";
}
