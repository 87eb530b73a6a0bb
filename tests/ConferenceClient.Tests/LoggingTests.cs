using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

public class LoggingTests : ConferenceServerTest
{
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

    [Test]
    public async Task Each_call_is_logged_at_debug_with_operation_method_path_status_time_and_tracking_id()
    {
        Answer(ConferencePath + "/hold", "POST", NoContent().WithHeader("TrackingID", "ROUTER_OK"));
        var client = CreateClient(o => o.LoggerFactory = _loggerFactory);

        await client.HoldAsync(lineOwnerId: "owner");

        var line = _logs.Lines.Single();
        Assert.That(line.Level, Is.EqualTo(LogLevel.Debug));
        Assert.That(line.Category, Is.EqualTo("Webex.Calling.Conference"));
        Assert.That(line.Message, Does.StartWith("Hold POST /v1/telephony/conference/hold answered 204 in ").And.Contain(" ms, tracking ID ROUTER_OK"));
    }

    [Test]
    public async Task Each_retry_is_a_warning_with_reason_attempt_and_delay()
    {
        Server.RespondInSequence(At(ConferencePath + "/mute", "POST"),
            Json(429, "{}").WithHeader("Retry-After", "0"),
            Json(503, "{}").WithHeader("Retry-After", "0"),
            NoContent());
        var client = CreateClient(o => o.LoggerFactory = _loggerFactory);

        await client.MuteAsync("c1");

        var warnings = _logs.Lines.Where(l => l.Level == LogLevel.Warning).Select(l => l.Message).ToList();
        Assert.That(warnings, Has.Count.EqualTo(2));
        Assert.That(warnings[0], Does.StartWith("Mute is retried (429 Too Many Requests): attempt 2 after 0 ms, tracking ID WXCONF_"));
        Assert.That(warnings[1], Does.StartWith("Mute is retried (503 Service Unavailable): attempt 3 after 0 ms"));
    }

    [Test]
    public async Task A_4xx_is_logged_once_below_error_with_the_tracking_id()
    {
        Answer(ConferencePath, "POST", Json(404, """{"message":"bad","trackingId":"ROUTER_BAD"}""").WithHeader("TrackingID", "ROUTER_BAD"));
        var client = CreateClient(o => o.LoggerFactory = _loggerFactory);

        await Assert.CatchAsync<ConferenceApiException>(() => client.StartConferenceAsync(new[] { "c1", "c2" }));

        var line = _logs.Lines.Single();
        Assert.That(line.Level, Is.EqualTo(LogLevel.Information));
        Assert.That(line.Message, Does.StartWith("StartConference POST /v1/telephony/conference failed with 404 after ").And.Contain("tracking ID ROUTER_BAD"));
    }

    [Test]
    public async Task A_5xx_is_logged_once_as_an_error()
    {
        Answer(ConferencePath, "POST", Json(500, "{}"));
        var client = CreateClient(o => o.LoggerFactory = _loggerFactory);

        await Assert.CatchAsync<ConferenceApiException>(() => client.StartConferenceAsync(new[] { "c1", "c2" }));

        Assert.That(_logs.Lines.Single().Level, Is.EqualTo(LogLevel.Error));
    }

    [Test]
    public async Task A_call_without_an_answer_is_an_error_with_the_tracking_id_we_sent()
    {
        var client = CreateClient(o => (o.BaseAddress, o.MaxRetries, o.LoggerFactory) = (ClosedPort.BaseAddress(), 0, _loggerFactory));

        await Assert.CatchAsync<System.Net.Http.HttpRequestException>(() => client.HoldAsync());

        var error = _logs.Lines.Single(l => l.Level == LogLevel.Error);
        Assert.That(error.Message, Does.StartWith("Hold failed without an answer (HttpRequestException)").And.Contain("tracking ID WXCONF_"));
        Assert.That(error.Exception, Does.Contain("HttpRequestException"));
    }

    [Test]
    public async Task The_token_is_never_logged_even_for_a_failing_retried_call()
    {
        var echo = $$"""{"message":"token {{Token}} rejected"}""";
        Answer(ConferencePath + "/resume", "POST", Json(503, echo).WithHeader("Retry-After", "0").WithHeader("X-Echo", Token));
        var client = CreateClient(o => (o.MaxRetries, o.LoggerFactory) = (2, _loggerFactory));

        await Assert.CatchAsync<ConferenceApiException>(() => client.ResumeAsync());

        Assert.That(_logs.Lines, Has.Count.EqualTo(3), "two retries and the failure");
        Assert.That(_logs.Lines.Select(l => l.AllText), Has.None.Contains(Token));
    }
}
