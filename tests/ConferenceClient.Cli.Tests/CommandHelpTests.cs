using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;

namespace Webex.Calling.Conference.Cli.Tests;

// A command's help lists of the shared options only those it takes: what it lists is what it accepts.
public class CommandHelpTests : CliTest
{
    private static readonly CommonOptions Shared = new();

    // A valid value for each shared option that takes one, so that a refusal is about the option, not its value.
    private static readonly Dictionary<string, string> Values = new()
    {
        ["--token"] = "a-token", ["--base-url"] = "http://127.0.0.1:1/v1/", ["--timeout"] = "5", ["--max-retries"] = "1",
        ["--line-owner"] = "front-desk", ["--member"] = "agent-7", ["--org"] = "org-1",
    };

    [TestCase("demo", new[] { "--json", "--verbose" })]
    [TestCase("simulator serve", new[] { "--token", "--json" })]
    [TestCase("simulator", new[] { "--token", "--json" })]
    [TestCase("mute", new[] { "--token", "--simulator", "--base-url", "--timeout", "--max-retries", "--member", "--org", "--me", "--json", "--verbose" })]
    [TestCase("barge-in", new[] { "--token", "--simulator", "--base-url", "--timeout", "--max-retries", "--member", "--org", "--me", "--json", "--verbose" })]
    [TestCase("show", new[] { "--token", "--simulator", "--base-url", "--timeout", "--max-retries", "--line-owner", "--member", "--org", "--me", "--json", "--verbose" })]
    public async Task A_commands_help_lists_only_the_shared_options_it_takes(string command, string[] listed)
    {
        var result = await RunAsync([.. command.Split(' '), "--help"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(SharedOptionsIn(result.Stdout), Is.EqualTo(listed));
        Assert.That(result.Stdout, Does.Contain("--help"));
    }

    [TestCaseSource(nameof(Commands))]
    public async Task Every_shared_option_a_commands_help_leaves_out_is_refused_by_it(string command)
    {
        var help = await RunAsync([.. command.Split(' '), "--help"]);
        var leftOut = Shared.All.Select(o => o.Name).Except(SharedOptionsIn(help.Stdout)).ToList();

        var refusals = new List<string>();
        foreach (var option in leftOut)
        {
            // A command that took the option would run: simulator serve would serve until this patience ends it.
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            var given = Values.TryGetValue(option, out var value) ? new[] { option, value } : [option];
            var result = await RunAsync([.. command.Split(' '), .. ValidArguments(command), .. given], cancellationToken: patience.Token);
            if (result.ExitCode != ExitCodes.Usage || !result.Stderr.Contains(option, StringComparison.Ordinal))
            {
                refusals.Add($"{command} {option}: exit {result.ExitCode}, {result.AllOutput}");
            }
        }

        Assert.That(refusals, Is.Empty);
        Assert.That(Simulator.Requests, Is.Empty);
    }

    // Every command of the tool that runs (not a group), by its path of names.
    private static IEnumerable<string> Commands()
    {
        var root = new ConferenceCommands(new CliContext(TextWriter.Null, TextWriter.Null, _ => null, null)).Create();
        return Leaves(root, string.Empty);

        static IEnumerable<string> Leaves(Command command, string path) => command.Subcommands.Count == 0
            ? [path]
            : command.Subcommands.SelectMany(c => Leaves(c, $"{path} {c.Name}".Trim()));
    }

    private static string[] ValidArguments(string command) => command switch
    {
        "start-conference" => ["call-1", "call-2"],
        "add-participant" or "deafen-participant" or "undeafen-participant" => ["call-1"],
        _ => [],
    };

    // The shared options the help lists, in its order: a line of the options section that starts with one's name.
    private static string[] SharedOptionsIn(string help) =>
    [
        .. Regex.Matches(help, @"^  (--[a-z-]+)\b", RegexOptions.Multiline).Select(m => m.Groups[1].Value)
            .Where(name => Shared.All.Any(o => o.Name == name)),
    ];
}
