using System;
using System.Collections.Generic;
using System.Linq;

namespace Webex.Calling.Conference.Cli;

/// <summary>
/// What a connection failure comes down to. .NET wraps the cause (a certificate the client does not
/// trust, a name that does not resolve, a refused connection) in exceptions whose own text may only
/// say "see inner exception".
/// </summary>
internal static class FailureCause
{
    /// <summary>The innermost text that says something.</summary>
    public static string Innermost(Exception error) =>
        Chain(error).Select(e => e.Message).LastOrDefault(Says) ?? error.Message;

    /// <summary>The failure and each of its causes, outermost first: <c>Type: message</c>.</summary>
    public static IReadOnlyList<string> Described(Exception error) =>
        [.. Chain(error).Select(e => $"{e.GetType().Name}: {e.Message}")];

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (var cause = error; cause is not null; cause = cause.InnerException)
        {
            yield return cause;
        }
    }

    private static bool Says(string message) =>
        !string.IsNullOrWhiteSpace(message) && !message.Contains("inner exception", StringComparison.OrdinalIgnoreCase);
}
