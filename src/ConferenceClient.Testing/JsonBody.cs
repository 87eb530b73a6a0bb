using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Webex.Calling.Conference.Testing;

/// <summary>Reads a request's JSON body field by field, telling a missing field from one of the wrong kind.</summary>
internal static class JsonBody
{
    // No body at all reads as {}.
    public static bool TryReadObject(string? text, out JsonObject body)
    {
        body = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        try
        {
            if (JsonNode.Parse(text) is JsonObject parsed)
            {
                body = parsed;
                return true;
            }
        }
        catch (JsonException)
        {
        }

        return false;
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

    /// <summary>The first field that is not one of <paramref name="known"/>; null when there is none.</summary>
    public static string? UnknownField(JsonObject body, IEnumerable<string> known) =>
        body.Select(field => field.Key).FirstOrDefault(name => !known.Contains(name));

    private static bool TryReadValue(JsonObject body, string name, JsonValueKind kind, out JsonValue? value)
    {
        value = body[name] is JsonValue node && node.GetValueKind() == kind ? node : null;
        return value is not null || body[name] is null;
    }
}
