using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;
using Webex.Calling.Conference.Testing;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Cli.Tests;

public class JsonOutputTests : CliTest
{
    [Test]
    public async Task Show_writes_the_conference_as_webex_sends_it()
    {
        await StartConferenceAsync("call-1", "call-2");

        var result = await RunAgainstSimulatorAsync("show", "--json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.That(json.RootElement.GetProperty("state").GetString(), Is.EqualTo("connected"));
        Assert.That(json.RootElement.GetProperty("muted").GetBoolean(), Is.False);
        Assert.That(
            json.RootElement.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("callId").GetString()),
            Is.EqualTo(new[] { "call-1", "call-2" }));
    }

    [Test]
    public async Task Show_keeps_what_a_newer_api_adds()
    {
        await StartConferenceAsync("call-1", "call-2");
        Simulator.InjectFault(SimulatedFault.FutureDetails());

        var result = await RunAgainstSimulatorAsync("show", "--json");

        using var json = JsonDocument.Parse(result.Stdout);
        Assert.That(json.RootElement.GetProperty("type").GetString(), Is.EqualTo("whisperCoaching"));
        Assert.That(json.RootElement.GetProperty("recording").GetProperty("enabled").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Show_prints_the_answer_as_the_api_sent_it_dates_and_numbers_as_their_text()
    {
        const string Body = """
            {
              "state": "connected", "created": "2024-05-01T10:11:35.800Z", "muted": false,
              "recording": { "since": "2024-05-01T12:11:36.000+02:00", "ratio": 1.10 },
              "participants": [ { "callId": "c1", "muted": true, "deafened": false, "joined": "2024-05-01T10:11:35.800Z" } ]
            }
            """;
        using var server = new RawAnswerServer($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {Body.Length}\r\n\r\n{Body}");

        var json = await RunAsync(["show", "--json", "--base-url", server.BaseAddress.ToString(), "--token", "t"]);
        var text = await RunAsync(["show", "--base-url", server.BaseAddress.ToString(), "--token", "t"]);

        Assert.That((json.ExitCode, text.ExitCode), Is.EqualTo((ExitCodes.Success, ExitCodes.Success)), json.AllOutput + text.AllOutput);
        Assert.That(json.Stdout, Is.EqualTo(Body.Replace("\n", string.Empty, StringComparison.Ordinal) + "\n"));
        Assert.That(text.Stdout, Is.EqualTo("""
            state: connected, host muted: no
            created: 2024-05-01T10:11:35.800Z, recording.since: 2024-05-01T12:11:36.000+02:00, recording.ratio: 1.10
            CALL ID  MUTED  DEAFENED  JOINED
            c1       yes    no        2024-05-01T10:11:35.800Z

            """));
    }

    [Test]
    public async Task No_conference_is_an_empty_object()
    {
        var result = await RunAgainstSimulatorAsync("show", "--json");

        Assert.That(result.Stdout.Trim(), Is.EqualTo("{}"));
    }

    [Test]
    public async Task A_change_is_an_object_naming_the_command_and_its_calls()
    {
        await StartConferenceAsync("call-1", "call-2");

        var result = await RunAgainstSimulatorAsync("mute", "call-1", "--json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.That(json.RootElement.GetProperty("command").GetString(), Is.EqualTo("mute"));
        Assert.That(json.RootElement.GetProperty("callIds").EnumerateArray().Select(id => id.GetString()), Is.EqualTo(new[] { "call-1" }));
        Assert.That(json.RootElement.GetProperty("message").GetString(), Is.EqualTo("muted call-1"));
    }

    [Test]
    public async Task A_failure_is_an_object_on_stderr_with_the_status_and_tracking_id()
    {
        var result = await RunAgainstSimulatorAsync("hold", "--json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ApiError));
        Assert.That(result.Stdout, Is.Empty);
        using var json = JsonDocument.Parse(result.Stderr);
        var error = json.RootElement.GetProperty("error");
        Assert.That(error.GetProperty("exitCode").GetInt32(), Is.EqualTo(ExitCodes.ApiError));
        Assert.That(error.GetProperty("kind").GetString(), Is.EqualTo("api"));
        Assert.That(error.GetProperty("server").GetString(), Is.EqualTo(Simulator.BaseAddress.GetLeftPart(System.UriPartial.Authority)));
        Assert.That(error.GetProperty("status").GetInt32(), Is.EqualTo(404));
        Assert.That(error.GetProperty("webexMessage").GetString(), Is.EqualTo("There is no conference."));
        Assert.That(error.GetProperty("trackingId").GetString(), Is.EqualTo(LastRequest(SimulatedOperation.Hold).AnsweredTrackingId));
    }

    [TestCase("show", "--nope")]
    [TestCase("no-such-command")]
    [TestCase]
    [TestCase("mute", "--member", "me", "--line-owner", "front-desk")]
    [TestCase("start", "call-1")]
    public async Task A_usage_error_is_a_json_line_per_mistake_on_stderr(params string[] args)
    {
        var result = await RunAgainstSimulatorAsync([.. args, "--json"]);

        var errors = JsonLines.Of(result.Stderr).Select(line => line["error"]!).ToList();
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stdout, Is.Empty);
        Assert.That(errors, Is.Not.Empty);
        Assert.That(errors.Select(e => ((int?)e["exitCode"], (string?)e["kind"])), Is.All.EqualTo(((int?)ExitCodes.Usage, "usage")));
        Assert.That(errors.Select(e => (string?)e["help"]), Is.All.StartWith("webex-conference ").And.All.EndWith(" --help"));
    }

    [Test]
    public async Task Verbose_traces_are_json_lines_with_the_token_masked()
    {
        await StartConferenceAsync("call-1", "call-2");

        var result = await RunAgainstSimulatorAsync("mute", "call-1", "--json", "--verbose");

        var traces = JsonLines.Of(result.Stderr).Select(line => line["trace"]!).ToList();
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(traces.Select(t => (string?)t["event"]), Is.EqualTo(new[] { "request", "response" }));
        Assert.That((string?)traces[0]["headers"]!["Authorization"], Is.EqualTo("***"));
        Assert.That(((int?)traces[1]["status"], (string?)traces[1]["trackingId"]), Is.EqualTo(((int?)204, LastRequest(SimulatedOperation.Mute).AnsweredTrackingId)));
        Assert.That(result.AllOutput, Does.Not.Contain(Simulator.AccessToken));
        Assert.That(JsonLines.Of(result.Stdout), Has.Count.EqualTo(1));
    }

    [TestCaseSource(nameof(EveryCommand))]
    public async Task Every_line_of_both_streams_is_json(string[] args)
    {
        var result = await RunAsync([.. args, "--simulator", "--json", "--verbose"]);

        var stdout = JsonLines.Of(result.Stdout);
        var stderr = JsonLines.Of(result.Stderr);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Stderr);
        Assert.That(stdout, Has.Count.EqualTo(1));
        Assert.That(stderr[0].ContainsKey("notice"), Is.True);
        Assert.That(stderr.Skip(1).Select(line => line.ContainsKey("trace")), Is.Not.Empty.And.All.True);
    }

    [Test]
    public async Task An_api_error_of_the_simulator_is_a_json_line_naming_it()
    {
        var result = await RunAsync(["deafen", "call-9", "--simulator", "--json"]);

        var lines = JsonLines.Of(result.Stderr);
        var error = lines[^1]["error"]!;
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ApiError));
        Assert.That(((string?)error["kind"], (string?)error["server"], (int?)error["status"]), Is.EqualTo(("api", "simulator", (int?)404)));
        Assert.That((string?)error["message"], Does.StartWith("the simulator answered 404: "));
        Assert.That(result.Stdout, Is.Empty);
    }

    private static System.Collections.Generic.IEnumerable<TestCaseData> EveryCommand()
    {
        string[][] commands =
        [
            ["show"], ["start", "call-1", "call-3"], ["release"], ["add", "call-3"], ["mute"], ["unmute", "call-1"],
            ["deafen", "call-2"], ["undeafen", "call-2"], ["hold"], ["resume"],
            ["barge-in", "--member", "agent-7"], ["monitor", "--me"], ["coach", "--member", "agent-7"],
        ];
        return commands.Select(args => new TestCaseData((object)args).SetArgDisplayNames(string.Join(' ', args)));
    }
}
