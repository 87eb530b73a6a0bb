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

    private CapturingLoggerProvider _logs = null!;
    private ILoggerFactory _loggerFactory = null!;

    [SetUp]
    public void CaptureLogs()
    {
        _logs = new CapturingLoggerProvider();
        _loggerFactory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
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
                ? [api.Response ?? "", api.TrackingId ?? "", api.WebexMessage ?? "", string.Join(" ", api.ErrorDescriptions), string.Join(" ", api.Headers.SelectMany(h => h.Value))]
                : [])
            .Concat(_logs.Lines.Select(l => l.AllText))
            .ToList();
        Assert.That(_logs.Lines, Is.Not.Empty, where);
        Assert.That(texts, Has.None.Contains(Token).And.None.Contains(JsonEscaped).And.None.Contains(PercentEncoded), where);
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

    private static string Answer400(string body) =>
        $"HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: {System.Text.Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";
}
