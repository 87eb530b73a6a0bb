using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;
using Webex.Calling.Conference.Tests.Support;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli.Tests;

public class RequestTracerTests : CliTest
{
    [Test]
    public async Task Verbose_traces_each_request_and_response_on_stderr()
    {
        await StartConferenceAsync("call-1", "call-2");

        var result = await RunAgainstSimulatorAsync("mute", "call-1", "--verbose");

        var request = LastRequest(SimulatedOperation.Mute);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stderr, Does.Contain("--> POST /v1/telephony/conference/mute"));
        Assert.That(result.Stderr, Does.Contain($"    TrackingID: {request.Headers["TrackingID"]}"));
        Assert.That(result.Stderr, Does.Match($@"<-- 204 No Content POST /v1/telephony/conference/mute in \d+ ms, tracking ID {request.AnsweredTrackingId}"));
        Assert.That(result.Stdout, Is.EqualTo("muted call-1\n"));
    }

    [Test]
    public async Task Verbose_shows_the_authorization_as_stars_and_never_the_token()
    {
        var result = await RunAgainstSimulatorAsync("show", "--verbose");

        Assert.That(result.Stderr, Does.Contain("    Authorization: ***"));
        Assert.That(result.AllOutput, Does.Not.Contain(Simulator.AccessToken));
    }

    [Test]
    public async Task Verbose_never_shows_a_wrong_token_either()
    {
        const string WrongToken = "wrong-token-0123456789";

        var result = await RunAsync(["show", "--verbose", "--base-url", Simulator.BaseAddress.ToString(), "--token", WrongToken]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ApiError));
        Assert.That(result.Stderr, Does.Contain("<-- 401 Unauthorized"));
        Assert.That(result.AllOutput, Does.Not.Contain(WrongToken));
    }

    [Test]
    public async Task Verbose_traces_an_attempt_that_fails()
    {
        var result = await RunAsync(
            ["show", "--verbose", "--token", "a-token", "--base-url", ClosedPort.BaseAddress().ToString()],
            configureClient: options => options.MaxRetries = 0);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Unreachable));
        Assert.That(result.Stderr, Does.Match(@"<-- failed GET /v1/telephony/conference after \d+ ms: "));
    }
}
