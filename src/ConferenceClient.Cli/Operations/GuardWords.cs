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
            // Required, minLength's empty or blank, and for a path segment not "." or "..": said in the tool's words.
            ParameterKind.String when IsBlankOrDots(symbol.ValueIn(result) as string, symbol.Parameter.In == ParameterPlace.Path) =>
                UsageMessages.BlankValue(label, symbol.Parameter.In == ParameterPlace.Path),
            // The guards of a list: an item's minLength, and minItems; any other rule of its items below.
            ParameterKind.StringList when symbol.ValueIn(result) is string[] values && values.Any(string.IsNullOrWhiteSpace) =>
                UsageMessages.BlankValue(label, pathSegment: false),
            ParameterKind.StringList when symbol.ValueIn(result) is string[] values && values.Length < symbol.Parameter.MinItems =>
                UsageMessages.TooFew(ApiCommand.WordOf(result), label, symbol.Parameter.MinItems, values.Length),
            // Any other rule of the spec (maxLength, pattern, enum, bounds): the library's words state it,
            // with the C# parameter name and suffix swapped for the argument or option.
            _ => UsageMessages.Refused(label, InToolWords(refused, label)),
        };
    }

    // Told by the value, not by the library's message, which .NET may give in another language.
    private static bool IsBlankOrDots(string? value, bool pathSegment) =>
        string.IsNullOrWhiteSpace(value) || (pathSegment && value is "." or "..");

    private static string InToolWords(ArgumentException refused, string label)
    {
        var message = refused.Message;
        var suffix = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        message = suffix < 0 ? message : message[..suffix];
        return refused.ParamName is { Length: > 0 } name && message.StartsWith(name + " ", StringComparison.Ordinal) ? label + message[name.Length..] : message;
    }
}
