using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Contract;

namespace Webex.Calling.Conference.Cli.Tests;

/// <summary>
/// The README's table of operations against the spec, and its table of commands against the tool: a
/// failure names the row that is missing, stale or wrong, so a change of the spec cannot leave them behind.
/// </summary>
public class ReadmeTablesTests
{
    private static readonly Lazy<string> Readme = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")).ReplaceLineEndings("\n"));

    [Test]
    public void The_operations_table_has_a_row_for_each_operation_of_the_spec_naming_where_it_is()
    {
        var rows = TableAfter("## Operations", "| Method |");
        var documented = rows.SelectMany(row => Regex.Matches(row[0], @"`(\w+)Async\(").Select(m => (Name: m.Groups[1].Value, On: Scopes(row[^1])))).ToList();
        var spec = ContractOperation.All.GroupBy(o => o.PublicName).ToDictionary(g => g.Key, g => g.Select(o => o.Scope).Order().ToList());

        var problems = spec.Keys.Where(name => documented.All(d => d.Name != name))
            .Select(name => $"no row for {name}Async (on {string.Join(", ", spec[name])})")
            .Concat(documented.Where(d => !spec.ContainsKey(d.Name)).Select(d => $"a row for {d.Name}Async, which the spec does not have"))
            .Concat(documented.Where(d => spec.TryGetValue(d.Name, out var on) && !on.SequenceEqual(d.On))
                .Select(d => $"{d.Name}Async is on {string.Join(", ", spec[d.Name])}, not {string.Join(", ", d.On)}"));

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public async Task The_commands_table_has_a_row_for_each_command_with_its_aliases_and_arguments()
    {
        var rows = TableAfter("## The `webex-conference` tool", "| Command |").ToDictionary(row => row[0].Trim('`'), row => (Alias: row[1], Arguments: row[2]));
        // The table lists the commands that talk to the API: one per operation, and conformance.
        var commands = new ConferenceCommands(new CliContext(TextWriter.Null, TextWriter.Null, _ => null, null)).Create().Subcommands
            .Where(c => c is ApiCommand || c.Name == "conformance").ToList();
        using var help = new StringWriter();
        await ConferenceCli.RunAsync(["--help"], help, TextWriter.Null, new Dictionary<string, string?>());

        var problems = new List<string>();
        foreach (var command in commands)
        {
            var aliases = string.Join(", ", command.Aliases.Order().Select(a => $"`{a}`"));
            var usage = Regex.Match(help.ToString(), $@"^  {Regex.Escape(command.Name)}(?: (?<usage>\S.*?))?(?:  |$)", RegexOptions.Multiline).Groups["usage"].Value;
            var arguments = usage.Length == 0 ? string.Empty : $"`{usage}`";
            if (!rows.TryGetValue(command.Name, out var row))
            {
                problems.Add($"no row for {command.Name}: | `{command.Name}` | {aliases} | {arguments} |");
            }
            else if (row != (aliases, arguments))
            {
                problems.Add($"the row of {command.Name} should be: | `{command.Name}` | {aliases} | {arguments} |");
            }
        }

        problems.AddRange(rows.Keys.Where(name => commands.All(c => c.Name != name)).Select(name => $"a row for {name}, which the tool does not have"));
        Assert.That(problems, Is.Empty);
    }

    // Where a row of the operations table says the method is: the client, ForMember, ForMe.
    private static List<ContractScope> Scopes(string cell) =>
        [.. new[] { ("client", ContractScope.User), ("`ForMember`", ContractScope.Member), ("`ForMe`", ContractScope.Me) }
            .Where(s => Regex.IsMatch(cell, $@"(^|[ ,]){Regex.Escape(s.Item1)}([ ,]|$)")).Select(s => s.Item2).Order()];

    // The rows of the first table with this header after the heading, as trimmed cells.
    private static List<string[]> TableAfter(string heading, string header)
    {
        var start = Readme.Value.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"README.md has no '{heading}'");
        var lines = Readme.Value[start..].Split('\n').Select(l => l.Trim()).SkipWhile(l => !l.StartsWith(header, StringComparison.Ordinal)).Skip(2)
            .TakeWhile(l => l.StartsWith('|')).ToList();
        Assert.That(lines, Is.Not.Empty, $"README.md has no table '{header}' under '{heading}'");
        return [.. lines.Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())];
    }
}
