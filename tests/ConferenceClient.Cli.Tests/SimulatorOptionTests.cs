using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;

namespace Webex.Calling.Conference.Cli.Tests;

// --simulator: any command, played in one run on a built-in simulator with its calls made up front.
public class SimulatorOptionTests : CliTest
{
    private const string ConferenceNotice =
        "--simulator: the built-in simulator has the calls call-1, call-2 and call-3 on your own line, with call-1 and call-2 in a conference.\n";

    [TestCase(new[] { "show" }, "state: connected, host muted: no\nappearance: 1, created: <time>\nCALL ID  MUTED  DEAFENED\ncall-1   no     no\ncall-2   no     no\n")]
    [TestCase(new[] { "release" }, "released the conference\n")]
    [TestCase(new[] { "add", "call-3" }, "added call-3 to the conference\n")]
    [TestCase(new[] { "mute", "call-1" }, "muted call-1\n")]
    [TestCase(new[] { "mute" }, "muted the host\n")]
    [TestCase(new[] { "unmute", "call-2" }, "unmuted call-2\n")]
    [TestCase(new[] { "deafen", "call-2" }, "deafened call-2\n")]
    [TestCase(new[] { "undeafen", "call-2" }, "undeafened call-2\n")]
    [TestCase(new[] { "hold" }, "held the conference\n")]
    [TestCase(new[] { "resume" }, "resumed the conference\n")]
    public async Task Every_command_plays_on_a_conference_of_call_1_and_call_2(string[] command, string printed)
    {
        var result = await RunAsync([.. command, "--simulator"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Stderr);
        Assert.That(result.StdoutTimeless, Is.EqualTo(printed));
        Assert.That(result.Stderr, Is.EqualTo(ConferenceNotice));
    }

    // Every generated command, in every scope the spec has it, by its kebab name.
    private static IEnumerable<TestCaseData> EveryCommandInEveryScope() =>
        from command in new ConferenceCommands(new CliContext(System.IO.TextWriter.Null, System.IO.TextWriter.Null, _ => null, null)).Create().Subcommands.OfType<ApiCommand>()
        from scope in command.Scopes
        let options = scope switch { Http.OperationScope.Member => new[] { "--member", "agent-7" }, Http.OperationScope.Me => ["--me"], _ => [] }
        let arguments = command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0)
            .SelectMany(a => a.Arity.MaximumNumberOfValues > 1 ? new[] { "call-1", "call-3" } : [command.Name == "add-participant" ? "call-3" : "call-1"])
        select new TestCaseData((object)(string[])[command.Name, .. arguments, .. options]).SetArgDisplayNames([command.Name, .. options]);

    [TestCaseSource(nameof(EveryCommandInEveryScope))]
    public async Task Every_generated_command_plays_on_the_simulator_in_every_scope(string[] args)
    {
        var result = await RunAsync([.. args, "--simulator"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Stderr);
        Assert.That(result.Stderr, Does.StartWith("--simulator: the built-in simulator has the calls call-1, call-2 and call-3"));
    }

    [Test]
    public async Task Start_plays_on_three_calls_and_no_conference()
    {
        var result = await RunAsync(["start", "call-1", "call-3", "--simulator"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Stderr);
        Assert.That(result.Stdout, Is.EqualTo("started a conference with call-1, call-3\n"));
        Assert.That(result.Stderr, Is.EqualTo(
            "--simulator: the built-in simulator has the calls call-1, call-2 and call-3 on your own line, and no conference yet.\n"));
    }

    [TestCase("barge-in", "barged in")]
    [TestCase("monitor", "monitoring")]
    [TestCase("coach", "coaching")]
    public async Task A_supervisor_mode_plays_on_the_members_conference(string command, string printed)
    {
        var result = await RunAsync(["--simulator", command, "--member", "agent-7", "--org", "org-1"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Stderr);
        Assert.That(result.Stdout, Is.EqualTo($"{printed}\n"));
        Assert.That(result.Stderr, Does.Contain("call-3 of member agent-7, with call-1 and call-2 in a conference"));
    }

    [Test]
    public async Task Me_plays_on_your_own_line_through_members_me()
    {
        var result = await RunAsync(["coach", "--me", "--simulator"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Stderr);
        Assert.That(result.Stdout, Is.EqualTo("coaching\n"));
    }

    [Test]
    public async Task A_line_owner_plays_on_that_line()
    {
        var result = await RunAsync(["show", "--line-owner", "front-desk", "--simulator"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Stderr);
        Assert.That(result.Stdout, Does.StartWith("state: connected"));
        Assert.That(result.Stderr, Does.Contain("call-3 on the line of front-desk, with call-1 and call-2 in a conference"));
    }

    [Test]
    public async Task The_simulator_wins_over_the_token_variable()
    {
        var environment = new Dictionary<string, string?> { ["WEBEX_ACCESS_TOKEN"] = "a-token", ["WEBEX_BASE_URL"] = "https://127.0.0.1:1/v1/" };

        var result = await RunAsync(["hold", "--simulator"], environment);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Stderr);
    }

    [TestCase("--token", "a-token")]
    [TestCase("--base-url", "https://127.0.0.1:1/v1/")]
    public async Task The_simulator_with_a_token_or_a_base_url_is_a_usage_error(string option, string value)
    {
        var result = await RunAsync(["show", "--simulator", option, value]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.StartWith("error: --simulator ").And.Contain($"leave out {option}"));
        Assert.That(result.Stdout, Is.Empty);
    }

    [Test]
    public async Task An_error_names_the_simulator_as_the_one_that_answered()
    {
        var result = await RunAsync(["add", "call-9", "--simulator"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ApiError));
        Assert.That(result.Stderr, Does.Contain("error: the simulator answered 404: ").And.Not.Contain("Webex answered"));
    }

    [Test]
    public async Task With_json_the_notice_is_a_json_line_listing_the_calls()
    {
        var result = await RunAsync(["show", "--simulator", "--json"]);

        var notice = JsonLines.Of(result.Stderr)[0]["notice"]!;
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(notice["calls"]!.AsArray().Select(c => (string?)c), Is.EqualTo(new[] { "call-1", "call-2", "call-3" }));
        Assert.That(notice["conference"]!.AsArray().Select(c => (string?)c), Is.EqualTo(new[] { "call-1", "call-2" }));
        Assert.That((string?)notice["message"], Does.StartWith("--simulator: "));
    }
}
