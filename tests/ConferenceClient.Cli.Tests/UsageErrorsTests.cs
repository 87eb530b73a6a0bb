using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;

namespace Webex.Calling.Conference.Cli.Tests;

// Every usage mistake, on every command, is a usage error in the tool's words before anything is sent.
public class UsageErrorsTests : CliTest
{
    // What the library says in its guards, which a user of the command line must never read.
    private static readonly string[] LibraryWords = ["Parameter '", "ForMe", "ForMember", "null", "Async", "System."];

    // Each command of the API, with arguments and options that make it valid.
    private static readonly (string Command, string[] Valid)[] ApiCommands =
    [
        ("show", []),
        ("start", ["call-1", "call-2"]),
        ("release", []),
        ("add", ["call-3"]),
        ("mute", ["call-1"]),
        ("unmute", ["call-1"]),
        ("deafen", ["call-1"]),
        ("undeafen", ["call-1"]),
        ("hold", []),
        ("resume", []),
        ("barge-in", ["--member", "agent-7"]),
        ("monitor", ["--member", "agent-7"]),
        ("coach", ["--member", "agent-7"]),
    ];

    private static readonly string[] TakeLineOwner = ["show", "start", "release", "add", "hold", "resume"];

    private static readonly string[] Supervisors = ["barge-in", "monitor", "coach"];

    [TestCaseSource(nameof(Mistakes))]
    public async Task A_mistake_exits_2_in_the_tools_words_and_sends_nothing(string[] args)
    {
        var result = await RunAgainstSimulatorAsync(args);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage), result.AllOutput);
        Assert.That(result.Stdout, Is.Empty);
        Assert.That(result.Stderr, Does.StartWith("error: ").And.Contain("--help' for usage."));
        Assert.That(LibraryWords.Where(word => result.Stderr.Contains(word, StringComparison.Ordinal)), Is.Empty, result.Stderr);
        Assert.That(Simulator.Requests, Is.Empty);
    }

    [TestCase("mute", "--bogus", "mute has no option '--bogus'")]
    [TestCase("deafen", "-x", "deafen has no option '-x'")]
    [TestCase("add", " ", "a <callId> cannot be empty or blank.")]
    [TestCase("mute", "", "a <callId> cannot be empty or blank.")]
    public async Task An_option_or_a_blank_where_a_call_id_is_expected_is_named_as_such(string command, string callId, string message)
    {
        var result = await RunAgainstSimulatorAsync(command, callId);

        Assert.That(result.Stderr, Does.StartWith($"error: {message}"));
    }

    [TestCase(new[] { "shwo" }, "webex-conference has no command 'shwo': did you mean show?", "webex-conference --help")]
    [TestCase(new[] { "mtue", "call-1" }, "webex-conference has no command 'mtue': did you mean mute?", "webex-conference --help")]
    [TestCase(new[] { "xyzzy" }, "webex-conference has no command 'xyzzy'.", "webex-conference --help")]
    [TestCase(new[] { "simulator", "srve" }, "simulator has no command 'srve': did you mean serve?", "webex-conference simulator --help")]
    [TestCase(new[] { "mute", "--call-di", "call-1" }, "mute has no option '--call-di': did you mean --call-id?", "webex-conference mute --help")]
    [TestCase(new[] { "show", "--simulatr" }, "show has no option '--simulatr': did you mean --simulator?", "webex-conference get-conference-details --help")]
    [TestCase(new[] { "show", "--mebmer", "m1" }, "show has no option '--mebmer': did you mean --member?", "webex-conference get-conference-details --help")]
    [TestCase(new[] { "demo", "--jsn" }, "demo has no option '--jsn': did you mean --json?", "webex-conference demo --help")]
    [TestCase(new[] { "demo", "--tokn" }, "demo has no option '--tokn'.", "webex-conference demo --help")]
    [TestCase(new[] { "simulator", "serve", "--prot", "0" }, "simulator serve has no option '--prot': did you mean --port?", "webex-conference simulator serve --help")]
    public async Task A_mistyped_command_or_option_gets_the_closest_the_command_takes_in_text_and_json(string[] args, string message, string help)
    {
        var text = await RunAsync(args);
        var json = await RunAsync([.. args, "--json"]);

        Assert.That(text.ExitCode, Is.EqualTo(ExitCodes.Usage), text.AllOutput);
        Assert.That(text.Stderr, Does.StartWith($"error: {message}\n").And.EndWith($"Run '{help}' for usage.\n"));
        Assert.That(json.ExitCode, Is.EqualTo(ExitCodes.Usage), json.AllOutput);
        var error = JsonLines.Of(json.Stderr)[0]["error"]!;
        Assert.That(((int?)error["exitCode"], (string?)error["kind"], (string?)error["message"], (string?)error["help"]),
            Is.EqualTo(((int?)ExitCodes.Usage, "usage", message, help)));
        Assert.That(text.Stdout + json.Stdout, Is.Empty);
    }

    [TestCase("mute", "call-1")]
    [TestCase("add", "call-3")]
    [TestCase("deafen", "call-1")]
    [TestCase("start", "call-1", "call-2")]
    public async Task An_unknown_option_is_told_the_same_before_or_after_the_call_ids(string command, params string[] callIds)
    {
        var after = await RunAgainstSimulatorAsync([command, .. callIds, "--bogus"]);
        var before = await RunAgainstSimulatorAsync([command, "--bogus", .. callIds]);

        Assert.That(after.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(after.Stderr, Does.StartWith($"error: {command} has no option '--bogus' (a <callId> never starts with '-').\nRun '"));
        Assert.That(before, Is.EqualTo(after));
        Assert.That(Simulator.Requests, Is.Empty);
    }

    [Test]
    public async Task Start_with_one_call_id_says_what_the_spec_asks()
    {
        var result = await RunAgainstSimulatorAsync("start", "call-1");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.StartWith("error: start needs at least 2 <callId>s; 1 given.\n"));
    }

    [TestCase("mute")]
    [TestCase("unmute")]
    [TestCase("deafen")]
    [TestCase("undeafen")]
    [TestCase("coach")]
    public async Task A_line_owner_where_the_api_takes_none_says_so(string command)
    {
        var result = await RunAgainstSimulatorAsync(command, "call-1", "--me", "--line-owner", "front-desk");

        Assert.That(result.Stderr, Does.Contain($"{command} takes no --line-owner: the API has no line owner for {command}."));
    }

    [TestCase(new[] { "show", "--member", "me" }, "--member me names your own conference: use --me instead.")]
    [TestCase(new[] { "show", "--line-owner", " " }, "--line-owner cannot be empty or blank: leave it out to act on your own line.")]
    [TestCase(new[] { "hold", "--member", "m1", "--org", "" }, "--org cannot be empty or blank")]
    [TestCase(new[] { "barge-in" }, "barge-in acts on a member's conference or your own through members/me: add --member ID or --me.")]
    public async Task A_guard_of_the_library_is_told_in_the_tools_words(string[] args, string message)
    {
        var result = await RunAgainstSimulatorAsync(args);

        Assert.That(result.Stderr, Does.StartWith($"error: {message}"));
    }

    [Test]
    public async Task The_library_guards_of_the_connection_and_the_scope_are_told_in_the_tools_words()
    {
        var client = new ConferenceControlsClient(new ConferenceClientOptions { AccessToken = "a-token", BaseAddress = Simulator.BaseAddress });
        Func<Task>[] guarded =
        [
            () => Task.FromResult(client.ForMember("me")),
            () => Task.FromResult(client.ForMember(" ")),
            () => Task.FromResult(client.ForMember("..")),
            () => Task.FromResult(client.ForMember("m1", " ")),
            () => Task.FromResult(client.WithLineOwner(" ")),
            () => Task.FromResult(new ConferenceControlsClient(new ConferenceClientOptions { AccessToken = "a-token", BaseAddress = new Uri("http://example.com/v1/") })),
            () => Task.FromResult(new ConferenceControlsClient(new ConferenceClientOptions { AccessToken = " " })),
        ];

        var told = new List<string>();
        foreach (var call in guarded)
        {
            var error = await Assert.CatchAsync<ArgumentException>(() => call());
            told.Add(LibraryGuards.InToolWords(error!));
        }

        Assert.That(told, Has.All.Not.Contain("Parameter '").And.All.Not.Contain("ForMe").And.All.Not.Contain("null").And.All.Not.Contain("Async"));
        Assert.That(told, Has.None.StartsWith("a value of the command line was refused"));
        Assert.That(Simulator.Requests, Is.Empty);
    }

    private static IEnumerable<TestCaseData> Mistakes()
    {
        foreach (var (command, valid) in ApiCommands)
        {
            var takesArguments = valid.Length > 0 && !valid[0].StartsWith('-');
            string[][] mistakes =
            [
                [command, .. valid, "--bogus"],
                [command, .. valid, "--line-owner", ""],
                [command, .. valid, "--line-owner", " "],
                [command, .. valid.Where(v => !Supervisors.Contains(command)), "--member", ""],
                [command, .. valid.Where(v => !Supervisors.Contains(command)), "--member", " "],
                [command, .. valid.Where(v => !Supervisors.Contains(command)), "--member", "me"],
                [command, .. valid.Where(v => !Supervisors.Contains(command)), "--member", ".."],
                [command, .. valid, "--member", "m1", "--org", ""],
                [command, .. valid, "--member", "m1", "--org", " "],
                [command, .. valid, "--member", "m1", "--me"],
                [command, .. valid, "--timeout", "0"],
                [command, .. valid, "--max-retries", "x"],
                [command, .. valid, "--simulator"],
                .. ScopeMistakes(command, valid),
                .. takesArguments ? ArgumentMistakes(command) : [[command, .. valid, "call-9"]],
            ];
            foreach (var args in mistakes)
            {
                yield return new TestCaseData((object)args).SetArgDisplayNames(string.Join(' ', args.Select(a => a.Length == 0 ? "''" : a == " " ? "' '" : a)));
            }
        }

        foreach (var option in new[] { new[] { "--member", "m1" }, ["--me"], ["--line-owner", "x"], ["--timeout", "5"] })
        {
            yield return new TestCaseData((object)(string[])["demo", .. option]).SetArgDisplayNames($"demo {string.Join(' ', option)}");
        }
    }

    // A supervisor mode needs --member or --me and takes no line owner; --org needs --member; a line
    // owner only where the API takes one.
    private static string[][] ScopeMistakes(string command, string[] valid)
    {
        if (Supervisors.Contains(command))
        {
            return [[command], [command, "--me", "--line-owner", "front-desk"]];
        }

        string[][] lineOwner = TakeLineOwner.Contains(command) ? [] : [[command, .. valid, "--line-owner", "front-desk"]];
        return [[command, .. valid, "--org", "o1"], .. lineOwner];
    }

    private static string[][] ArgumentMistakes(string command) => command switch
    {
        "start" => [["start"], ["start", "call-1"], ["start", "call-1", " "], ["start", "", "call-2"], ["start", "call-1", "--bogus"]],
        "mute" or "unmute" => [[command, " "], [command, ""], [command, "--bogus"], [command, "call-1", "call-2"]],
        _ => [[command], [command, " "], [command, ""], [command, "--bogus"], [command, "-x"], [command, "call-1", "call-2"]],
    };
}
