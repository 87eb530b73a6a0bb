using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Webex.Calling.Conference.Testing;

/// <summary>Reads a request's JSON body field by field, telling a missing field from one of the wrong kind.</summary>
internal static class JsonBody
{
    /// <summary>How deep a body may nest; Webex's bodies are two levels deep.</summary>
    public const int MaxDepth = 64;

    // Which of two callIds would Webex act on? Neither: a key given twice is refused.
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = MaxDepth };

    /// <summary>
    /// Reads the body as a JSON object; no body at all reads as <c>{}</c>. Returns what is wrong with it
    /// in words for a 400 (not UTF-8, not JSON and why, a key twice, not an object), or null.
    /// </summary>
    public static string? ReadObject(ReceivedRequest request, out JsonObject body)
    {
        body = [];
        if (!request.BodyIsUtf8)
        {
            return "The request body is not valid UTF-8.";
        }

        if (string.IsNullOrWhiteSpace(request.Body))
        {
            return null;
        }

        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(request.Body, documentOptions: Strict);
        }
        catch (JsonException e)
        {
            return RepeatedKey(request.Body) is { } key
                ? $"The request body holds the key {key} twice."
                : $"The request body is not valid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {WithoutPosition(e.Message)}";
        }

        if (parsed is not JsonObject json)
        {
            return $"The request body is not a JSON object but {(parsed is null ? "null" : $"a JSON {parsed.GetValueKind().ToString().ToLowerInvariant()}")}.";
        }

        body = json;
        return null;
    }

    /// <summary>False when the field is there but not a string; a missing field or a JSON null reads as null.</summary>
    public static bool TryReadString(JsonObject body, string name, out string? value)
    {
        var read = TryReadValue(body, name, JsonValueKind.String, out var node);
        value = node?.GetValue<string>();
        return read;
    }

    /// <summary>False when the field is there but not a number; a missing field or a JSON null reads as null.</summary>
    public static bool TryReadNumber(JsonObject body, string name, out double? value)
    {
        var read = TryReadValue(body, name, JsonValueKind.Number, out var node);
        value = node?.GetValue<double>();
        return read;
    }

    /// <summary>False when the field is there but not true or false; a missing field or a JSON null reads as null.</summary>
    public static bool TryReadBoolean(JsonObject body, string name, out bool? value)
    {
        value = body[name] is JsonValue node && node.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? node.GetValue<bool>() : null;
        return value is not null || body[name] is null;
    }

    /// <summary>The first field that is not one of <paramref name="known"/>; null when there is none.</summary>
    public static string? UnknownField(JsonObject body, IEnumerable<string> known) =>
        body.Select(field => field.Key).FirstOrDefault(name => !known.Contains(name));

    private static bool TryReadValue(JsonObject body, string name, JsonValueKind kind, out JsonValue? value)
    {
        value = body[name] is JsonValue node && node.GetValueKind() == kind ? node : null;
        return value is not null || body[name] is null;
    }

    // The strict parse names no key; a document that reads when keys may repeat was refused for one, found here.
    private static string? RepeatedKey(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = MaxDepth });
            return RepeatedKey(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? RepeatedKey(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().GroupBy(p => p.Name).FirstOrDefault(g => g.Count() > 1)?.Key
            ?? element.EnumerateObject().Select(p => RepeatedKey(p.Value)).FirstOrDefault(key => key is not null),
        JsonValueKind.Array => element.EnumerateArray().Select(RepeatedKey).FirstOrDefault(key => key is not null),
        _ => null,
    };

    // System.Text.Json ends its messages with where it stopped, which the 400 says in its own words.
    private static string WithoutPosition(string message) =>
        message.IndexOf(" LineNumber:", System.StringComparison.Ordinal) is var at and >= 0 ? message[..at] : message;
}
