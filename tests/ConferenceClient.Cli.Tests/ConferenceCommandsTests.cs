using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;
using Webex.Calling.Conference.Testing;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Cli.Tests;

public class ConferenceCommandsTests : CliTest
{
    private static readonly string[] Commands =
    [
        "get-conference-details", "start-conference", "release-conference", "add-participant", "mute", "unmute", "deafen-participant",
        "undeafen-participant", "hold", "resume", "barge-in", "silent-monitor", "supervisor-coach", "demo", "simulator",
    ];

    // Today's short names, each with the command it names.
    private static readonly (string Alias, string Command)[] Aliases =
    [
        ("show", "get-conference-details"), ("start", "start-conference"), ("release", "release-conference"), ("add", "add-participant"),
        ("deafen", "deafen-participant"), ("undeafen", "undeafen-participant"), ("monitor", "silent-monitor"), ("coach", "supervisor-coach"),
    ];

    [Test]
    public async Task Show_says_so_when_there_is_no_conference()
    {
        var result = await RunAgainstSimulatorAsync("show");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stdout, Is.EqualTo("no conference\n"));
        Assert.That(result.Stderr, Is.Empty);
    }

    [Test]
    public async Task Show_prints_the_state_the_host_mute_the_other_fields_and_each_participant_as_a_table()
    {
        await StartConferenceAsync("call-1", "call-2");
        await RunAgainstSimulatorAsync("mute", "call-2");

        var result = await RunAgainstSimulatorAsync("show");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.StdoutTimeless, Is.EqualTo("""
            state: connected, host muted: no
            appearance: 1, created: <time>
            CALL ID  MUTED  DEAFENED
            call-1   no     no
            call-2   yes    no

            """));
    }

    [Test]
    public async Task Show_prints_the_fields_and_values_a_newer_api_adds_as_sent()
    {
        await StartConferenceAsync("call-1", "call-2");
        Simulator.InjectFault(SimulatedFault.FutureDetails());

        var result = await RunAgainstSimulatorAsync("show");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.StdoutTimeless, Is.EqualTo("""
            state: transferring, type: whisperCoaching, host muted: no
            appearance: 1, created: <time>, recording.enabled: true, recording.since: <time>
            CALL ID  MUTED  DEAFENED  ROLE
            call-1   no     no        agent
            call-2   no     no        agent

            """));
    }

    [Test]
    public async Task Show_writes_control_characters_from_the_answer_as_escapes_never_to_the_terminal()
    {
        const string Body = """{"state":"connected\u001b[2J","participants":[{"callId":"c1\u001b]0;owned\u0007","note\nx":"a\rb"}],"extra":"\u009b31m"}""";
        using var server = new RawAnswerServer($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {Body.Length}\r\n\r\n{Body}");

        var result = await RunAsync(["show", "--base-url", server.BaseAddress.ToString(), "--token", "t"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stdout.Where(c => char.IsControl(c) && c != '\n'), Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("""
            state: connected\u001b[2J, host muted: -
            extra: \u009b31m
            CALL ID                 MUTED  DEAFENED  NOTE\u000aX
            c1\u001b]0;owned\u0007  -      -         a\u000db

            """));
    }

    [Test]
    public async Task An_error_answer_reaches_the_terminal_with_its_control_characters_as_escapes()
    {
        const string Body = """{"message":"no\u001b[2J\nconference","errors":[{"description":"x"}],"trackingId":"ROUTER_1"}""";
        using var server = new RawAnswerServer($"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: {Body.Length}\r\n\r\n{Body}");

        var result = await RunAsync(["show", "--base-url", server.BaseAddress.ToString(), "--token", "t"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ApiError));
        Assert.That(result.Stderr.Where(c => char.IsControl(c) && c != '\n'), Is.Empty);
        Assert.That(result.Stderr, Does.StartWith(
            $"error: the API at {server.BaseAddress.GetLeftPart(UriPartial.Authority)} answered 404: no\\u001b[2J\\u000aconference\ntracking ID: "));
    }

    [Test]
    public async Task Start_joins_the_calls_into_a_conference()
    {
        Simulator.AddCall("call-1");
        Simulator.AddCall("call-2");

        var result = await RunAgainstSimulatorAsync("start", "call-1", "call-2");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stdout, Does.Contain("started a conference with call-1, call-2"));
        Assert.That(LastRequest(SimulatedOperation.StartConference).Body, Does.Contain("""["call-1","call-2"]"""));
        Assert.That((await ConferenceAsync()).Participants!.Select(p => p.CallId), Is.EqualTo(new[] { "call-1", "call-2" }));
    }

    [Test]
    public async Task Release_ends_the_conference()
    {
        await StartConferenceAsync("call-1", "call-2");

        var result = await RunAgainstSimulatorAsync("release");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stdout, Does.Contain("released the conference"));
        Assert.That((await ConferenceAsync()).HasConference, Is.False);
    }

    [Test]
    public async Task Add_adds_a_call_to_the_conference()
    {
        await StartConferenceAsync("call-1", "call-2");
        Simulator.AddCall("call-3");

        var result = await RunAgainstSimulatorAsync("add", "call-3");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stdout, Does.Contain("added call-3 to the conference"));
        Assert.That((await ConferenceAsync()).Participants, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Mute_and_unmute_act_on_a_participant()
    {
        await StartConferenceAsync("call-1", "call-2");

        var muted = await RunAgainstSimulatorAsync("mute", "call-1");
        var mutedConference = await ConferenceAsync();
        var unmuted = await RunAgainstSimulatorAsync("unmute", "call-1");
        var unmutedConference = await ConferenceAsync();

        Assert.That(muted.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(muted.Stdout, Does.Contain("muted call-1"));
        Assert.That(Participant(mutedConference, "call-1").Muted, Is.True);
        Assert.That(unmuted.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(unmuted.Stdout, Does.Contain("unmuted call-1"));
        Assert.That(Participant(unmutedConference, "call-1").Muted, Is.False);
    }

    [Test]
    public async Task Mute_and_unmute_without_a_call_id_act_on_the_host()
    {
        await StartConferenceAsync("call-1", "call-2");

        var muted = await RunAgainstSimulatorAsync("mute");
        var mutedConference = await ConferenceAsync();
        var unmuted = await RunAgainstSimulatorAsync("unmute");
        var unmutedConference = await ConferenceAsync();

        Assert.That(muted.Stdout, Does.Contain("muted the host"));
        Assert.That(mutedConference.Muted, Is.True);
        Assert.That(unmuted.Stdout, Does.Contain("unmuted the host"));
        Assert.That(unmutedConference.Muted, Is.False);
        Assert.That(LastRequest(SimulatedOperation.Mute).Body ?? string.Empty, Does.Not.Contain("callId"));
    }

    [Test]
    public async Task Deafen_and_undeafen_act_on_a_participant()
    {
        await StartConferenceAsync("call-1", "call-2");

        var deafened = await RunAgainstSimulatorAsync("deafen", "call-2");
        var deafenedConference = await ConferenceAsync();
        var undeafened = await RunAgainstSimulatorAsync("undeafen", "call-2");
        var undeafenedConference = await ConferenceAsync();

        Assert.That(deafened.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(deafened.Stdout, Does.Contain("deafened call-2"));
        Assert.That(Participant(deafenedConference, "call-2").Deafened, Is.True);
        Assert.That(undeafened.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(undeafened.Stdout, Does.Contain("undeafened call-2"));
        Assert.That(Participant(undeafenedConference, "call-2").Deafened, Is.False);
    }

    [Test]
    public async Task Hold_and_resume_change_the_state()
    {
        await StartConferenceAsync("call-1", "call-2");

        var held = await RunAgainstSimulatorAsync("hold");
        var shownHeld = await RunAgainstSimulatorAsync("show");
        var resumed = await RunAgainstSimulatorAsync("resume");
        var shownResumed = await RunAgainstSimulatorAsync("show");

        Assert.That(held.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(held.Stdout, Does.Contain("held the conference"));
        Assert.That(shownHeld.Stdout, Does.StartWith("state: held"));
        Assert.That(resumed.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(resumed.Stdout, Does.Contain("resumed the conference"));
        Assert.That(shownResumed.Stdout, Does.StartWith("state: connected"));
    }

    [Test]
    public async Task Line_owner_acts_on_that_line()
    {
        Simulator.AddCall("call-1", lineOwnerId: "reception");
        Simulator.AddCall("call-2", lineOwnerId: "reception");

        var started = await RunAgainstSimulatorAsync("start", "call-1", "call-2", "--line-owner", "reception");
        var held = await RunAgainstSimulatorAsync("hold", "--line-owner", "reception");
        var ownLine = await RunAgainstSimulatorAsync("show");

        Assert.That(started.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(LastRequest(SimulatedOperation.StartConference).Body, Does.Contain("\"lineOwnerId\":\"reception\""));
        Assert.That(held.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(LastRequest(SimulatedOperation.Hold).Query["lineOwnerId"], Is.EqualTo("reception"));
        Assert.That(ownLine.Stdout, Does.Contain("no conference"));
    }

    [TestCaseSource(nameof(Commands))]
    public async Task Every_command_has_help(string command)
    {
        var result = await RunAsync([command, "--help"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stdout, Does.Contain($"webex-conference {command}").And.Contain("--json"));
        Assert.That(Simulator.Requests, Is.Empty);
    }

    [TestCaseSource(nameof(Aliases))]
    public async Task Every_alias_has_the_help_of_its_command((string Alias, string Command) alias)
    {
        var result = await RunAsync([alias.Alias, "--help"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stdout, Does.Contain($"webex-conference {alias.Command}"));
        Assert.That(Simulator.Requests, Is.Empty);
    }

    [Test]
    public async Task The_help_of_the_tool_lists_every_command_with_its_aliases()
    {
        var result = await RunAsync(["--help"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stdout, Does.Contain("Usage:"));
        Assert.That(Commands, Is.All.Matches<string>(command => result.Stdout.Contains($"  {command}", System.StringComparison.Ordinal)));
        var lines = result.Stdout.Split('\n');
        Assert.That(Aliases, Is.All.Matches<(string Alias, string Command)>(a =>
            lines.SkipWhile(l => !l.StartsWith($"  {a.Command}", System.StringComparison.Ordinal)).Take(2).Any(l => l.EndsWith($" Alias: {a.Alias}.", System.StringComparison.Ordinal))));
    }
}
