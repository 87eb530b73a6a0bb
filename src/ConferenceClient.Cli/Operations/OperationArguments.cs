using System;
using System.Collections.Generic;
using System.CommandLine.Parsing;
using System.Linq;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference.Cli.Operations;

/// <summary>The invoker's arguments for a command line: the scope's from its options, the operation's own from its arguments and options.</summary>
internal static class OperationArguments
{
    /// <summary>Which of the operation's scopes the options name: --member, --me, or the user's own paths.</summary>
    public static OperationScope ScopeOf(ConnectionSettings settings) =>
        settings.MemberId is not null ? OperationScope.Member : settings.Me ? OperationScope.Me : OperationScope.User;

    /// <summary>One value per parameter of <paramref name="method"/>, in its order; null for one not given.</summary>
    public static object?[] Of(PublicMethod method, ApiCommand command, CommandResult result, ConnectionSettings settings) =>
    [
        .. method.Parameters.Select(parameter => parameter.OfScope
            ? ScopeValue(parameter, settings)
            : command.Parameters.Single(symbol => symbol.Parameter.Name == parameter.Name).ValueIn(result)),
    ];

    // The scope's parameters are the common options'; a given line owner is the client's default too.
    private static string? ScopeValue(PublicParameter parameter, ConnectionSettings settings) => parameter.Name switch
    {
        "memberId" => settings.MemberId,
        "orgId" => settings.OrgId,
        "lineOwnerId" => settings.LineOwnerId,
        _ => throw new InvalidOperationException($"The spec makes {parameter.Name} a scope's own, for which the tool has no option."),
    };
}
