using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli.Tests;

// --timeout (per attempt) and --max-retries, and what a timeout says: the limit and the attempts made.
// The simulator holds its answer far longer than the tool's 0.5 s per attempt, and lets go when stopped.
public class TimeAndRetriesTests : CliTest
{
    private static readonly TimeSpan Held = TimeSpan.FromMinutes(1);

    [Test]
    public async Task A_get_is_tried_once_more_per_retry_and_the_message_counts_the_attempts()
    {
        Simulator.InjectFault(SimulatedFault.Delay(Held), times: 2);

        var result = await RunAgainstSimulatorAsync("show", "--timeout", "0.5", "--max-retries", "1");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Unreachable));
        Assert.That(result.Stderr, Is.EqualTo(
            $"error: {SimulatorApiName} did not answer within 0.5 s, the limit per attempt (--timeout); attempts made: 2.\n"));
        await Journal.WaitForAsync(Simulator, SimulatedOperation.GetConferenceDetails, count: 2);
        Assert.That(Simulator.Requests.Count(r => r.Operation == SimulatedOperation.GetConferenceDetails), Is.EqualTo(2));
    }

    [Test]
    public async Task A_start_is_sent_once_whatever_the_retries()
    {
        Simulator.AddCall("call-1");
        Simulator.AddCall("call-2");
        Simulator.InjectFault(SimulatedFault.Delay(Held), operation: SimulatedOperation.StartConference);

        var result = await RunAgainstSimulatorAsync("start", "call-1", "call-2", "--timeout", "0.5", "--max-retries", "3");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Unreachable));
        Assert.That(result.Stderr, Does.Contain("did not answer within 0.5 s, the limit per attempt (--timeout); attempts made: 1."));
        await Journal.WaitForAsync(Simulator, SimulatedOperation.StartConference);
        Assert.That(Simulator.Requests.Count(r => r.Operation == SimulatedOperation.StartConference), Is.EqualTo(1));
    }

    [Test]
    public async Task The_variables_give_the_timeout_and_the_retries()
    {
        Simulator.InjectFault(SimulatedFault.Delay(Held));
        var environment = new Dictionary<string, string?>
        {
            ["WEBEX_ACCESS_TOKEN"] = Simulator.AccessToken,
            ["WEBEX_BASE_URL"] = Simulator.BaseAddress.ToString(),
            ["WEBEX_TIMEOUT"] = "0.5",
            ["WEBEX_MAX_RETRIES"] = "0",
        };

        var result = await RunAsync(["show", "--json"], environment);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Unreachable));
        var error = JsonLines.Of(result.Stderr).Single()["error"]!;
        Assert.That(((string?)error["kind"], (int?)error["attempts"], (double?)error["timeoutSeconds"]), Is.EqualTo(("timeout", (int?)1, (double?)0.5)));
        Assert.That((string?)error["server"], Is.EqualTo(Simulator.BaseAddress.GetLeftPart(UriPartial.Authority)));
        await Journal.WaitForAsync(Simulator, SimulatedOperation.GetConferenceDetails);
        Assert.That(Simulator.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task The_timeout_option_wins_over_its_variable()
    {
        Simulator.InjectFault(SimulatedFault.Delay(TimeSpan.FromMilliseconds(300)));
        var environment = new Dictionary<string, string?> { ["WEBEX_TIMEOUT"] = "0.05", ["WEBEX_MAX_RETRIES"] = "0" };

        var result = await RunAsync(
            ["show", "--timeout", "30", "--token", Simulator.AccessToken, "--base-url", Simulator.BaseAddress.ToString()], environment);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Stderr);
        Assert.That(result.Stdout, Is.EqualTo("no conference\n"));
    }

    [TestCase(503)]
    [TestCase(502)]
    [TestCase(504)]
    [TestCase(429)]
    public async Task An_error_answer_the_retries_gave_up_on_counts_the_attempts(int status)
    {
        // Retry-After: 0, so the retries do not wait.
        Simulator.InjectFault(status == 429 ? SimulatedFault.RateLimited(TimeSpan.Zero) : SimulatedFault.GatewayError(status, TimeSpan.Zero), times: 3);

        var text = await RunAgainstSimulatorAsync("show", "--max-retries", "2");
        Simulator.InjectFault(status == 429 ? SimulatedFault.RateLimited(TimeSpan.Zero) : SimulatedFault.GatewayError(status, TimeSpan.Zero), times: 3);
        var json = await RunAgainstSimulatorAsync("show", "--max-retries", "2", "--json");

        Assert.That(text.ExitCode, Is.EqualTo(ExitCodes.ApiError));
        Assert.That(text.Stderr.Split('\n')[0], Does.StartWith($"error: {SimulatorApiName} answered {status}: ").And.EndWith(" (attempts made: 3)"));
        var error = JsonLines.Of(json.Stderr).Single()["error"]!;
        Assert.That(((int?)error["status"], (int?)error["attempts"]), Is.EqualTo(((int?)status, (int?)3)));
        Assert.That(Simulator.Requests, Has.Count.EqualTo(6));
    }

    [Test]
    public async Task An_error_answer_sent_once_has_no_count_in_text_and_one_attempt_in_json()
    {
        var text = await RunAgainstSimulatorAsync("add", "call-9");
        var json = await RunAgainstSimulatorAsync("add", "call-9", "--json");

        Assert.That(text.ExitCode, Is.EqualTo(ExitCodes.ApiError));
        Assert.That(text.Stderr, Does.Not.Contain("attempts"));
        Assert.That((int?)JsonLines.Of(json.Stderr).Single()["error"]!["attempts"], Is.EqualTo(1));
    }

    [Test]
    public async Task No_retries_sends_a_get_once()
    {
        Simulator.InjectFault(SimulatedFault.GatewayError(503), times: 2);

        var result = await RunAgainstSimulatorAsync("show", "--max-retries", "0");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ApiError));
        Assert.That(result.Stderr, Does.StartWith($"error: {SimulatorApiName} answered 503"));
        Assert.That(Simulator.Requests, Has.Count.EqualTo(1));
    }
}
