using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Webex.Calling.Conference.Cli.Output;

/// <summary>
/// An answer's fields as the API sent them, flattened to a name (<c>recording.since</c>) and its text, for
/// the fields a table has no column of its own for: one the spec added, or one Webex sends before the spec
/// has it, still shows.
/// </summary>
internal static class SentFields
{
    /// <summary>Every field of <paramref name="sent"/> but <paramref name="shown"/>, flattened, in the order sent (not yet <see cref="TerminalText.Printable"/>).</summary>
    public static IReadOnlyList<(string Name, string Text)> Except(JObject sent, params string[] shown) =>
        [.. sent.Properties().Where(p => !shown.Contains(p.Name, StringComparer.Ordinal)).SelectMany(p => Flatten(p.Name, p.Value))];

    private static IEnumerable<(string Name, string Text)> Flatten(string name, JToken value) => value switch
    {
        JObject { HasValues: true } inner => inner.Properties().SelectMany(p => Flatten($"{name}.{p.Name}", p.Value)),
        JValue { Type: JTokenType.Null } => [(name, "-")],
        JValue { Type: JTokenType.String } text => [(name, (string)text!)],
        _ => [(name, value.ToString(Formatting.None))],
    };
}
