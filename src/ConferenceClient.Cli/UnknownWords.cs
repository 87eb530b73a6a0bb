using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Linq;

namespace Webex.Calling.Conference.Cli;

/// <summary>
/// The usage errors of a command line that did not parse, in the tool's words: a word where a command was
/// expected, or an option the command does not have, with the closest it has. An unknown option is told
/// the same wherever it stands: the parser hands one before a call ID to the argument as its value, and
/// one after it to nobody, so the rest of the line is parsed again without it.
/// </summary>
internal static class UnknownWords
{
    /// <param name="root">The tool's commands.</param>
    /// <param name="args">The command line.</param>
    /// <param name="parse">Its parse, which failed.</param>
    /// <param name="takes">Which shared options a command takes: the only ones suggested to it.</param>
    /// <returns>The messages, and the parse whose command's help they point to.</returns>
    public static (IReadOnlyList<string> Messages, ParseResult Parse) Explain(
        RootCommand root, string[] args, ParseResult parse, Func<Command, Option, bool> takes)
    {
        var result = parse.CommandResult;
        var command = result.Command;
        var words = WordsOf(result);

        // The rest of the line would be another command's, which one is not known.
        if (command.Subcommands.Count > 0 && parse.UnmatchedTokens.FirstOrDefault(t => !IsOption(t)) is { } word)
        {
            var names = command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name));
            return ([UsageMessages.NoCommand(words, word, ClosestNames.To(word, names))], parse);
        }

        var unknown = parse.UnmatchedTokens
            .Concat(command.Arguments.SelectMany(a => result.GetResult(a)?.Tokens.Select(t => t.Value) ?? []))
            .Where(IsOption).Distinct().ToList();
        if (unknown.Count == 0)
        {
            return ([.. parse.Errors.Select(e => e.Message)], parse);
        }

        var options = OptionsOf(command, root, takes);
        var argument = command.Arguments.FirstOrDefault(a => a.ValueType == typeof(string) || a.ValueType == typeof(string[]));
        var rest = root.Parse([.. args.Where(a => !unknown.Contains(a))]);
        return (
        [
            .. unknown.Select(option => UsageMessages.NoOption(words, option, argument is null ? null : $"<{argument.Name}>", ClosestNames.To(option, options))),
            .. rest.Action is ParseErrorAction ? rest.Errors.Select(e => e.Message) : [],
        ], rest);
    }

    // An ID never starts with '-': such a word is meant as an option.
    private static bool IsOption(string token) => token.StartsWith('-');

    // The command's own options and the shared ones it takes, by their long names.
    private static IEnumerable<string> OptionsOf(Command command, RootCommand root, Func<Command, Option, bool> takes) =>
        command.Options.Where(o => !o.Hidden && o is not HelpOption)
            .Concat(root.Options.Where(o => o.Recursive && o is not HelpOption && takes(command, o)))
            .Select(o => o.Name);

    // The command as typed (mute, simulator serve), or the tool's name for none.
    private static string WordsOf(CommandResult result)
    {
        var words = new List<string>();
        for (SymbolResult? r = result; r is CommandResult { Command: not RootCommand } command; r = command.Parent)
        {
            words.Insert(0, ApiCommand.WordOf(command));
        }

        return words.Count == 0 ? ConferenceCli.Name : string.Join(' ', words);
    }
}
