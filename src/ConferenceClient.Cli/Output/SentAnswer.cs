using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Webex.Calling.Conference.Cli.Output;

/// <summary>An answer as the API sent it: its JSON on one line for <c>--json</c>, and its fields for the table.</summary>
/// <param name="Json">The body's own text when it is one JSON object (its line breaks, which JSON ignores, taken out); else the model serialized.</param>
/// <param name="Fields">Its fields, every value as sent (dates and numbers as their text).</param>
internal sealed record SentAnswer(string Json, JObject Fields)
{
    /// <param name="body">The body as received (<see cref="Endpoint.LastAnswer"/>).</param>
    /// <param name="model">The library's model of it, for a body that is no JSON object (none, or empty for no conference).</param>
    public static SentAnswer Of(string? body, object model)
    {
        if (body is not null && Parse(body) is { } fields)
        {
            // A raw CR or LF can only stand between tokens, never inside a JSON string.
            return new SentAnswer(body.Replace("\r", string.Empty).Replace("\n", string.Empty), fields);
        }

        var json = JsonConvert.SerializeObject(model);
        return new SentAnswer(json, Parse(json)!);
    }

    // Strict JSON first (Newtonsoft would take single quotes and comments, which a JSON Line must not hold).
    private static JObject? Parse(string json)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                return null;
            }
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }

        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        return JObject.Load(reader);
    }
}
