using System;
using System.CommandLine.Parsing;
using System.Linq;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference.Cli.Operations;

/// <summary>
/// A guard's refusal in the tool's words, naming the argument or option the value came from: the
/// library's message names C# parameters (<c>(Parameter 'callId')</c>), which a user of the tool never sees.
/// </summary>
internal static class GuardWords
{
    /// <summary>The message for <paramref name="refused"/>; null for a parameter of the scope, whose option says so itself.</summary>
    public static string? For(ArgumentException refused, ApiCommand command, CommandResult result)
    {
        var symbol = command.Parameters.FirstOrDefault(s => s.Parameter.Name == refused.ParamName);
        if (symbol is null)
        {
            return null;
        }

        var label = symbol.LabelIn(result);
        return symbol.Parameter.Kind switch
        {
            // The guards of a string: required, minLength, and for a path segment not "." or "..".
            ParameterKind.String => UsageMessages.BlankValue(label, symbol.Parameter.In == ParameterPlace.Path),
            // The guards of a list: minItems, and its items' minLength.
            ParameterKind.StringList => UsageMessages.BadValues(ApiCommand.WordOf(result), label, symbol.Parameter.Description),
            _ => UsageMessages.Refused(label, symbol.Parameter.Description),
        };
    }
}
