using System.Collections.Generic;
using System.Linq;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference.Cli.Operations;

/// <summary>
/// One command per public operation of the library's table, in the spec's order: named in kebab case,
/// documented from the spec, its arguments and options from the operation's own parameters.
/// </summary>
internal static class OperationCommands
{
    public static IReadOnlyList<ApiCommand> Create(IEnumerable<ConferenceOperation> operations) =>
        [.. operations.GroupBy(o => o.Public!.Name).Select(group => Create([.. group.OrderBy(o => o.Public!.Scope)]))];

    /// <summary>The command of <paramref name="operations"/> that <paramref name="word"/> names, by its name or an alias; null for none.</summary>
    public static string? Named(string word, IEnumerable<ConferenceOperation> operations) =>
        operations.Select(o => CommandNames.Kebab(o.Public!.Name)).FirstOrDefault(name => name == word || CommandNames.AliasesOf(name).Contains(word));

    private static ApiCommand Create(IReadOnlyList<ConferenceOperation> operations)
    {
        var method = operations[0].Public!;
        var own = operations.SelectMany(o => o.Public!.Parameters).Where(p => !p.OfScope).DistinctBy(p => p.Name).ToList();

        // mute [<callId>]: an operation whose only parameter is an optional string takes it positionally too.
        var positional = own is [{ IsRequired: false, Kind: ParameterKind.String }];
        var parameters = own.Select(p => ParameterSymbol.For(p, positional)).ToList();

        var name = CommandNames.Kebab(method.Name);
        var command = new ApiCommand(name, $"{method.Summary}. {method.Description}\n\n{WhoseConference(operations)}", operations, parameters);
        foreach (var alias in CommandNames.AliasesOf(name))
        {
            command.Aliases.Add(alias);
        }

        foreach (var symbol in parameters)
        {
            if (symbol.Argument is { } argument)
            {
                command.Arguments.Add(argument);
            }

            if (symbol.Option is { } option)
            {
                command.Options.Add(option);
            }
        }

        return command;
    }

    // The scopes the spec has the operation in, as the options that choose them.
    private static string WhoseConference(IReadOnlyList<ConferenceOperation> operations)
    {
        var scopes = new List<string>();
        foreach (var operation in operations)
        {
            var lineOwner = ApiCommand.TakesLineOwnerIn(operation) ? ", --line-owner ID for a secondary line" : string.Empty;
            scopes.Add(operation.Public!.Scope switch
            {
                OperationScope.User => $"yours{lineOwner}",
                OperationScope.Member => "a member's with --member ID [--org ID]",
                _ => $"yours through members/me with --me{lineOwner}",
            });
        }

        return $"Whose conference: {string.Join("; ", scopes)}.";
    }
}
