using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli.Tests;

/// <summary>
/// <c>conformance --calls A B</c> plays a short conference of two calls and checks every answer; what it
/// started it releases, whether a step drifts, fails or is cancelled.
/// </summary>
public class ConformanceCallsTests : CliTest
{
    private static readonly SimulatedOperation[] Script =
    [
        SimulatedOperation.StartConference, SimulatedOperation.Mute, SimulatedOperation.Unmute, SimulatedOperation.Hold,
        SimulatedOperation.Resume, SimulatedOperation.GetConferenceDetails, SimulatedOperation.ReleaseConference,
    ];

    [SetUp]
    public void AddTheTwoCalls()
    {
        Simulator.AddCall("call-1");
        Simulator.AddCall("call-2");
    }

    [Test]
    public async Task The_script_against_a_conforming_api_exits_0_and_leaves_no_conference()
    {
        var result = await RunAgainstSimulatorAsync("conformance", "--calls", "call-1", "call-2");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.AllOutput);
        Assert.That(result.Stdout, Is.EqualTo("9 answers (GetConferenceDetails, GetConferenceDetailsForMe, StartConference, Mute, Unmute, Hold, Resume, GetConferenceDetails, ReleaseConference) conform to the spec.\n"));
        Assert.That(result.Stderr, Is.EqualTo("conformance released the conference it started.\n"));
        Assert.That(Simulator.Requests.Skip(2).Select(r => r.Operation), Is.EqualTo(Script));
        Assert.That(Simulator.Requests.Skip(2).Select(r => r.SentTrackingId), Has.All.StartWith("WXCONF_"));
        Assert.That(Simulator.GetConference(), Is.Null);
    }

    [Test]
    public async Task The_steps_send_the_bodies_the_spec_asks_for()
    {
        await RunAgainstSimulatorAsync("conformance", "--calls", "call-1", "call-2");

        Assert.That(LastRequest(SimulatedOperation.StartConference).Body, Is.EqualTo("""{"callIds":["call-1","call-2"]}"""));
        Assert.That(LastRequest(SimulatedOperation.Mute).Body, Is.EqualTo("""{"callId":"call-1"}"""));
        Assert.That(LastRequest(SimulatedOperation.Unmute).Body, Is.EqualTo("""{"callId":"call-1"}"""));
    }

    [Test]
    public async Task A_drift_on_mute_exits_5_naming_it_and_still_releases()
    {
        Simulator.InjectFaultFor("Mute", SimulatedFault.UndocumentedStatus(202));

        var result = await RunAgainstSimulatorAsync("conformance", "--calls", "call-1", "call-2");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Drift), result.AllOutput);
        Assert.That(result.Stdout, Does.StartWith("Mute: undocumented status 202\n"));
        Assert.That(Simulator.Requests[^1].Operation, Is.EqualTo(SimulatedOperation.ReleaseConference));
        Assert.That(Simulator.GetConference(), Is.Null);
    }

    [Test]
    public async Task A_failure_mid_script_still_releases_and_exits_with_the_failure_code()
    {
        Simulator.InjectFault(SimulatedFault.GatewayError(502), operation: SimulatedOperation.Hold);

        var result = await RunAgainstSimulatorAsync("conformance", "--calls", "call-1", "call-2", "--max-retries", "0");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ApiError), result.AllOutput);
        Assert.That(result.Stderr, Does.Contain("502").And.Contain("conformance released the conference it started."));
        Assert.That(Simulator.Requests.Skip(2).Select(r => r.Operation), Is.EqualTo(Script.Take(4).Append(SimulatedOperation.ReleaseConference)));
        Assert.That(Simulator.GetConference(), Is.Null);
    }

    [Test]
    public async Task A_failure_counts_its_own_attempts_not_the_reads_nor_the_release()
    {
        // A 429 is retried whatever the operation; Retry-After 0 s, so the retry waits no time.
        Simulator.InjectFaultFor("Hold", SimulatedFault.RateLimited(TimeSpan.Zero), times: 2);

        var result = await RunAgainstSimulatorAsync("conformance", "--calls", "call-1", "call-2", "--max-retries", "1");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ApiError), result.AllOutput);
        Assert.That(result.Stderr, Does.StartWith(
            "conformance stopped at Hold, which failed.\n"
            + "conformance released the conference it started.\n"
            + $"error: {SimulatorApiName} answered 429: Injected fault: 429. (attempts made: 2)\n"));
        Assert.That(Simulator.Requests.Skip(2).Select(r => r.Operation), Is.EqualTo(Script.Take(4).Append(SimulatedOperation.Hold).Append(SimulatedOperation.ReleaseConference)));
    }

    [Test]
    public async Task A_start_that_fails_releases_nothing()
    {
        Simulator.HangUp("call-2");

        var result = await RunAgainstSimulatorAsync("conformance", "--calls", "call-1", "call-2");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ApiError), result.AllOutput);
        Assert.That(Simulator.Requests[^1].Operation, Is.EqualTo(SimulatedOperation.StartConference));
    }

    [Test]
    public async Task Cancelling_during_the_script_exits_130_after_releasing()
    {
        Simulator.InjectFault(SimulatedFault.Delay(TimeSpan.FromMinutes(5)), operation: SimulatedOperation.Hold);
        using var ctrlC = new CancellationTokenSource();

        var run = RunAsync(AgainstSimulator("conformance", "--calls", "call-1", "call-2"), cancellationToken: ctrlC.Token);
        await Journal.WaitForAsync(Simulator, SimulatedOperation.Hold);
        await ctrlC.CancelAsync();
        var result = await run;

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Cancelled), result.AllOutput);
        Assert.That(result.Stderr, Does.Contain("conformance released the conference it started."));
        Assert.That(Simulator.Requests[^1].Operation, Is.EqualTo(SimulatedOperation.ReleaseConference));
        Assert.That(Simulator.GetConference(), Is.Null);
    }

    [Test]
    public async Task A_release_that_fails_says_so_and_exits_with_its_code()
    {
        Simulator.InjectFaultFor("ReleaseConference", SimulatedFault.GatewayError(502));

        var result = await RunAgainstSimulatorAsync("conformance", "--calls", "call-1", "call-2", "--max-retries", "0");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ApiError), result.AllOutput);
        Assert.That(result.Stderr, Does.StartWith("conformance could not release the conference it started (").And.Contain("502").And.Contain("): release it yourself.\n"));
        Assert.That(result.Stderr, Does.Contain($"error: {SimulatorApiName} answered 502: Injected fault: 502.\ntracking ID: "), "one attempt, counted alone");
        Assert.That(Simulator.Requests[^1].Operation, Is.EqualTo(SimulatedOperation.ReleaseConference));
        Assert.That(Simulator.GetConference(), Is.Not.Null, "the release failed: the conference is still there, as the notice says");
    }

    [Test]
    public async Task With_json_a_release_that_fails_is_a_notice_line_then_the_error_line()
    {
        Simulator.InjectFaultFor("ReleaseConference", SimulatedFault.GatewayError(502));

        var result = await RunAgainstSimulatorAsync("conformance", "--calls", "call-1", "call-2", "--max-retries", "0", "--json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ApiError), result.AllOutput);
        var stderr = JsonLines.Of(result.Stderr);
        Assert.That(stderr, Has.Count.EqualTo(2), result.Stderr);
        Assert.That((string?)stderr[0]["notice"]!["message"], Does.StartWith("conformance could not release the conference it started (").And.EndWith("): release it yourself."));
        Assert.That((int?)stderr[1]["error"]!["exitCode"], Is.EqualTo(ExitCodes.ApiError));
        Assert.That((int?)stderr[1]["error"]!["status"], Is.EqualTo(502));
        Assert.That(result.AllOutput, Does.Not.Contain(Simulator.AccessToken));
    }

    [Test]
    public async Task A_call_that_hangs_up_mid_script_names_the_step_and_the_conference_is_still_released()
    {
        // The match runs as the unmute arrives, before it is answered: call-1 hangs up in between, as a caller may.
        var hangingUp = Simulator.WaitForRequestAsync(r =>
        {
            if (r.Operation != SimulatedOperation.Unmute || r.Status is not null)
            {
                return false;
            }

            Simulator.HangUp("call-1");
            return true;
        });

        var result = await RunAgainstSimulatorAsync("conformance", "--calls", "call-1", "call-2");
        await hangingUp;

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ApiError), result.AllOutput);
        Assert.That(result.Stderr, Does.StartWith(
            "conformance stopped at Unmute, which failed.\n"
            + "conformance had nothing to release: the conference it started had already ended.\n"
            + $"error: {SimulatorApiName} answered 404: The call call-1 was not found.\ntracking ID: "));
        Assert.That(Simulator.Requests.Skip(2).Select(r => r.Operation), Is.EqualTo(Script.Take(3).Append(SimulatedOperation.ReleaseConference)));
        Assert.That(Simulator.GetConference(), Is.Null);
    }

    [Test]
    public async Task With_member_the_script_plays_on_the_members_conference_and_leaves_nothing_there()
    {
        Simulator.AddMemberCall("member-1", "call-1");
        Simulator.AddMemberCall("member-1", "call-2");

        var result = await RunAgainstSimulatorAsync("conformance", "--member", "member-1", "--org", "org-1", "--calls", "call-1", "call-2");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.AllOutput);
        var script = Simulator.Requests.Skip(3).ToList();
        Assert.That(script.Select(r => r.OperationId), Is.EqualTo(Script.Select(o => $"{o}ForMember")));
        Assert.That(script.Select(r => r.MemberId), Has.All.EqualTo("member-1"));
        Assert.That(script.Select(r => r.Path), Has.All.StartWith("/v1/telephony/conference/members/member-1/"));
        Assert.That(script.Select(r => r.Query.GetValueOrDefault("orgId")), Has.All.EqualTo("org-1"));
        Assert.That(script.Select(r => r.Status), Has.All.InRange(200, 299));
        Assert.That(Simulator.GetMemberConference("member-1"), Is.Null);
        Assert.That(Simulator.GetMemberCalls("member-1"), Is.Empty, "the release ended both calls of the member's conference");
        Assert.That(Simulator.GetConference(), Is.Null);
    }

    [Test]
    public async Task Help_and_the_usage_error_describe_calls_a_b()
    {
        var help = await RunAsync(["conformance", "--help"]);
        var usage = await RunAgainstSimulatorAsync("conformance", "--line-owner", "front-desk");

        Assert.That(help.Stdout, Does.Contain("sends only GETs unless --calls A B is given."));
        Assert.That(help.Stdout, Does.Match(@"--calls <calls>\s+--calls A B: two different calls, yours or with --member the member's\."));
        Assert.That(usage.Stderr, Does.Contain("with --calls A B plays a short conference of two calls there"));
        Assert.That(Simulator.Requests, Is.Empty);
    }

    [TestCase("call-1")]
    [TestCase("call-1", "call-1")]
    [TestCase("call-1", " ")]
    [TestCase("call-1", "call-2", "call-3")]
    public async Task Calls_takes_exactly_two_distinct_call_ids_else_nothing_is_sent(params string[] calls)
    {
        var result = await RunAgainstSimulatorAsync(["conformance", "--calls", .. calls]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage), result.AllOutput);
        Assert.That(result.Stderr, Does.Contain("--calls takes exactly two different call IDs"));
        Assert.That(Simulator.Requests, Is.Empty);
    }
}
