using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using System.IO;
using System.Linq;
using Webex.Calling.Conference.Cli.Operations;

namespace Webex.Calling.Conference.Cli.Help;

/// <summary>
/// <c>webex-conference --help</c>: each command with its arguments as it takes them
/// (<c>start-conference &lt;callId&gt;...</c>, <c>mute [&lt;callId&gt;]</c>) and its aliases, the options that every
/// command shares, the environment variables and the exit codes. System.CommandLine 3 lists
/// <c>start &lt;callId&gt;</c> whatever the arity, and its help builder is not public, so the tool writes
/// its front page itself; every command's own help is the standard one, with only the shared options it takes.
/// </summary>
internal sealed class RootHelpAction(HelpAction standard, Func<Command, Option, bool> takes) : SynchronousCommandLineAction
{
    private static readonly (string Name, string Meaning)[] Variables =
    [
        (CommonOptions.TokenVariable, "the access token, when --token is not given"),
        (CommonOptions.BaseUrlVariable, "the API root, when --base-url is not given"),
        (CommonOptions.TimeoutVariable, "the seconds one attempt may take, when --timeout is not given"),
        (CommonOptions.MaxRetriesVariable, "the retries of a failed attempt, when --max-retries is not given"),
        (StartupProfile.Variable, $"0: no start-up profile, the record of what each command compiles that makes its next run start sooner ({StartupProfile.FolderName} in your cache folder)"),
    ];

    private static readonly (int Code, string Meaning)[] ExitCodeMeanings =
    [
        (ExitCodes.Success, "done; for simulator serve, stopped by Ctrl+C or SIGTERM, its normal end"),
        (ExitCodes.Usage, "a usage error: nothing was sent (for simulator serve, also a --port that is taken)"),
        (ExitCodes.ApiError, "the API answered with an error (its tracking ID on stderr)"),
        (ExitCodes.Unreachable, "the API could not be reached, or did not answer in time"),
        (ExitCodes.Drift, "conformance found answers that differ from the spec"),
        (ExitCodes.Cancelled, "cancelled (Ctrl+C)"),
    ];

    // A label longer than this gets a line of its own, so one long command does not push every description aside.
    private const int WidestLabel = 30;

    public override bool ClearsParseErrors => true;

    /// <summary>Gives every command of <paramref name="root"/> this help, listing of the shared options those that <paramref name="takes"/> says it takes.</summary>
    public static void Install(RootCommand root, Func<Command, Option, bool> takes)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new RootHelpAction((HelpAction)help.Action!, takes);
    }

    /// <summary>
    /// The command with its arguments: <c>&lt;x&gt;</c> once per value it needs, <c>...</c> if it takes
    /// more, <c>[&lt;x&gt;]</c> if optional; then its own options, which the shared ones below do not list.
    /// </summary>
    public static string UsageOf(Command command, string name) =>
        string.Join(' ', command.Arguments.Where(a => !a.Hidden).Select(LabelOf)
            .Concat(command.Options.Where(o => !o.Hidden && !o.Recursive).Select(o => $"[{LabelOf(o)}]"))
            .Prepend(name));

    public override int Invoke(ParseResult parseResult)
    {
        if (parseResult.CommandResult.Command is not RootCommand root)
        {
            // The shared options are the root's, recursive: the standard help lists them all for every
            // command unless hidden. This run ends with the help, so hiding them now hides them nowhere else.
            var command = parseResult.CommandResult.Command;
            foreach (var option in parseResult.RootCommandResult.Command.Options.Where(o => o.Recursive && o is not HelpOption))
            {
                option.Hidden = !takes(command, option);
            }

            return standard.Invoke(parseResult);
        }

        var output = parseResult.InvocationConfiguration.Output;
        WriteSection(output, "Description:", [(root.Description ?? string.Empty, string.Empty)]);
        WriteSection(output, "Usage:", [($"{ConferenceCli.Name} <command> [<callId>...] [options]", string.Empty)]);
        WriteSection(output, "Commands:", [.. root.Subcommands.Where(c => !c.Hidden).SelectMany(c => RowsOf(c, c.Name))]);
        WriteSection(output, "Options (before or after the command):", [.. root.Options.Where(o => !o.Hidden).Select(o => (LabelOf(o), o.Description ?? string.Empty))]);
        WriteSection(output, "Environment variables (an option wins over its variable; an empty one is unset):", Variables);
        WriteSection(output, "Exit codes:", [.. ExitCodeMeanings.Select(e => (e.Code.ToString(CultureInfo.InvariantCulture), e.Meaning))]);
        return ExitCodes.Success;
    }

    private static void WriteSection(TextWriter output, string heading, IReadOnlyList<(string Label, string Meaning)> rows)
    {
        output.WriteLine(heading);
        var width = rows.Select(r => r.Label.Length).Where(length => length <= WidestLabel).DefaultIfEmpty(0).Max() + 2;
        foreach (var (label, meaning) in rows)
        {
            if (meaning.Length == 0)
            {
                output.WriteLine($"  {label}");
            }
            else if (label.Length > WidestLabel)
            {
                output.WriteLine($"  {label}");
                output.WriteLine($"  {new string(' ', width)}{meaning}");
            }
            else
            {
                output.WriteLine($"  {label.PadRight(width)}{meaning}");
            }
        }

        output.WriteLine();
    }

    // A group (simulator) shows each of its commands (simulator serve); a command shows the first sentence
    // of its description and its short names, its own help the whole.
    private static IEnumerable<(string Label, string Meaning)> RowsOf(Command command, string name) =>
        command.Subcommands.Count > 0
            ? command.Subcommands.Where(c => !c.Hidden).SelectMany(c => RowsOf(c, $"{name} {c.Name}"))
            : [(UsageOf(command, name), FirstSentenceOf(command.Description ?? string.Empty) + AliasesOf(command))];

    private static string AliasesOf(Command command) =>
        command.Aliases.Count == 0 ? string.Empty : $" Alias: {string.Join(", ", command.Aliases.Order())}.";

    private static string FirstSentenceOf(string description)
    {
        var end = description.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? description : description[..(end + 1)];
    }

    private static string LabelOf(Argument argument)
    {
        var label = $"<{argument.HelpName ?? argument.Name}>";
        var (fewest, most) = (Math.Max(argument.Arity.MinimumNumberOfValues, (argument as ListArgument)?.Fewest ?? 0), argument.Arity.MaximumNumberOfValues);
        if (fewest == 0)
        {
            return most > 1 ? $"[{label}...]" : $"[{label}]";
        }

        var needed = string.Join(' ', Enumerable.Repeat(label, fewest));
        return most > fewest ? needed + "..." : needed;
    }

    // Its dash aliases and name (-?, -h, --help), then its value unless it is a switch.
    private static string LabelOf(Option option)
    {
        var names = string.Join(", ", option.Aliases.Where(a => a.StartsWith('-')).Order().Append(option.Name));
        return option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool) ? names : $"{names} <{option.HelpName ?? option.Name.TrimStart('-')}>";
    }
}
