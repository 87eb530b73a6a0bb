using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;
using Webex.Calling.Conference.Tests.Support;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli.Tests;

public class ExitCodesTests : CliTest
{
    [Test]
    public async Task An_unknown_call_id_exits_3_with_the_status_the_webex_message_and_the_tracking_id()
    {
        await StartConferenceAsync("call-1", "call-2");

        var result = await RunAgainstSimulatorAsync("deafen", "no-such-call");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ApiError));
        Assert.That(result.Stderr, Does.Contain($"{SimulatorApiName} answered 404: The call no-such-call was not found."));
        Assert.That(result.Stderr, Does.Contain(LastRequest(SimulatedOperation.DeafenParticipant).AnsweredTrackingId));
        Assert.That(result.Stdout, Is.Empty);
    }

    [TestCase("mute")]
    [TestCase("unmute")]
    [TestCase("deafen")]
    [TestCase("undeafen")]
    public async Task A_line_owner_is_refused_where_the_api_takes_none(string command)
    {
        var result = await RunAgainstSimulatorAsync(command, "call-1", "--line-owner", "reception");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.Contain("--line-owner"));
        Assert.That(Simulator.Requests, Is.Empty);
    }

    [Test]
    public async Task A_wrong_token_exits_3_with_401()
    {
        var result = await RunAsync(["show", "--base-url", Simulator.BaseAddress.ToString(), "--token", "not-the-token"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ApiError));
        Assert.That(result.Stderr, Does.Contain("401").And.Contain("tracking ID: ROUTER_SIM_"));
        Assert.That(Simulator.Requests.Single().Status, Is.EqualTo(401));
    }

    [Test]
    public async Task A_rate_limit_longer_than_the_client_waits_exits_3_with_the_retry_after()
    {
        Simulator.InjectFault(SimulatedFault.RateLimited(TimeSpan.FromMinutes(2)));

        var result = await RunAgainstSimulatorAsync("show");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ApiError));
        Assert.That(result.Stderr, Does.Contain("429").And.Contain("retry after: 120 s"));
        Assert.That(Simulator.Requests, Has.Count.EqualTo(1));
    }

    [TestCase("show", "--no-such-option")]
    [TestCase("no-such-command")]
    [TestCase("add")]
    [TestCase("deafen", "call-1", "call-2")]
    [TestCase]
    public async Task A_command_line_that_does_not_parse_exits_2(params string[] args)
    {
        var result = await RunAgainstSimulatorAsync(args);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.StartWith("error: ").And.Contain("--help"));
        Assert.That(result.Stdout, Is.Empty);
        Assert.That(Simulator.Requests, Is.Empty);
    }

    [TestCase("add", " ")]
    [TestCase("mute", "")]
    [TestCase("deafen", " ")]
    [TestCase("start", "call-1", " ")]
    public async Task A_blank_call_id_exits_2_before_anything_is_sent(params string[] args)
    {
        var result = await RunAgainstSimulatorAsync(args);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.StartWith("error: ").And.Contain("callId"));
        Assert.That(Simulator.Requests, Is.Empty);
    }

    [Test]
    public async Task An_unreachable_base_url_exits_4()
    {
        var result = await RunAsync(
            ["show", "--token", "a-token", "--base-url", ClosedPort.BaseAddress().ToString()],
            configureClient: options => options.MaxRetries = 0);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Unreachable));
        Assert.That(result.Stderr, Does.StartWith("error: cannot reach the API at http://127.0.0.1:"));
    }

    [Test]
    public async Task A_server_that_does_not_answer_in_time_exits_4()
    {
        Simulator.InjectFault(SimulatedFault.Delay(TimeSpan.FromSeconds(1)));

        var result = await RunAsync(
            ["show", "--token", Simulator.AccessToken, "--base-url", Simulator.BaseAddress.ToString()],
            configureClient: options => (options.MaxRetries, options.Timeout) = (0, TimeSpan.FromMilliseconds(100)));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Unreachable));
        Assert.That(result.Stderr, Does.StartWith("error: "));
    }
}
