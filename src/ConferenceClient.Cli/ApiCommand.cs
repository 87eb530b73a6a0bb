using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using Webex.Calling.Conference.Cli.Operations;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference.Cli;

/// <summary>
/// The command of one public operation, in each scope the spec has it: its arguments and options are the
/// operation's own parameters (<see cref="ParameterSymbol"/>); the scope's come from --member, --org,
/// --line-owner and --me.
/// </summary>
internal sealed class ApiCommand : Command
{
    private readonly Dictionary<OperationScope, ConferenceOperation> _scopes;

    public ApiCommand(string name, string description, IReadOnlyList<ConferenceOperation> operations, IReadOnlyList<ParameterSymbol> parameters)
        : base(name, description)
    {
        _scopes = operations.ToDictionary(o => o.Public!.Scope);
        Parameters = parameters;
        Summary = operations[0].Public!.Summary;
        PublicName = operations[0].Public!.Name;
    }

    /// <summary>The operation's public name, e.g. <c>Mute</c>.</summary>
    public string PublicName { get; }

    /// <summary>The spec's summary, e.g. <c>Mute the host or a participant</c>.</summary>
    public string Summary { get; }

    /// <summary>The operation's own parameters, as arguments and options.</summary>
    public IReadOnlyList<ParameterSymbol> Parameters { get; }

    /// <summary>The scopes the spec has the operation in.</summary>
    public IEnumerable<OperationScope> Scopes => _scopes.Keys;

    /// <summary>Whether the operation takes a line owner in any scope.</summary>
    public bool TakesLineOwner => _scopes.Values.Any(TakesLineOwnerIn);

    /// <summary>The operation in <paramref name="scope"/>; null where the spec has none.</summary>
    public ConferenceOperation? In(OperationScope scope) => _scopes.GetValueOrDefault(scope);

    public static bool TakesLineOwnerIn(ConferenceOperation operation) => operation.LineOwnerIn != LineOwnerPlacement.None;

    /// <summary>The command as typed: its name or an alias (<c>show</c>), for the messages.</summary>
    public static string WordOf(CommandResult result) => result.IdentifierToken?.Value ?? result.Command.Name;
}
