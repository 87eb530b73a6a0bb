using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace Webex.Calling.Conference.Testing;

/// <summary>
/// Checks a JSON value against a schema of the spec, as Webex checks a request: type, nullable, enum,
/// minLength and maxLength (in Unicode code points, as JSON Schema counts), pattern, minimum and
/// maximum, minItems, maxItems, uniqueItems, required, and no field the schema does not list. Gives
/// the first problem in words that name the field, or null.
/// </summary>
internal static class SchemaCheck
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    /// <param name="value">The value; null for JSON null.</param>
    /// <param name="schema">Its schema.</param>
    /// <param name="field">Its name in messages, e.g. <c>callIds[1]</c>; empty for a whole body.</param>
    public static string? Problem(JsonNode? value, IOpenApiSchema schema, string field) => Problem(value, schema, field, closed: true);

    // closed: refuse a field that neither the schema nor its allOf parts list. A part is checked open,
    // for its own keywords only: the fields of the other parts are not unknown to it.
    private static string? Problem(JsonNode? value, IOpenApiSchema schema, string field, bool closed)
    {
        foreach (var part in schema.AllOf ?? [])
        {
            if (Problem(value, part, field, closed: false) is { } inPart)
            {
                return inPart;
            }
        }

        var name = field.Length == 0 ? "The request body" : field;
        if (value is null)
        {
            return schema.Type is { } type && !type.HasFlag(JsonSchemaType.Null) ? $"{name} cannot be null." : null;
        }

        if (schema.Enum is { Count: > 0 } values && !values.Any(allowed => JsonNode.DeepEquals(allowed, value)))
        {
            return $"{name} must be one of {string.Join(", ", values.Select(v => v?.ToJsonString()))}.";
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => Typed(schema, JsonSchemaType.String, name) ?? StringProblem(value.GetValue<string>(), schema, name),
            JsonValueKind.Number => NumberType(value, schema, name) ?? NumberProblem(value.GetValue<decimal>(), schema, name),
            JsonValueKind.True or JsonValueKind.False => Typed(schema, JsonSchemaType.Boolean, name),
            JsonValueKind.Array => Typed(schema, JsonSchemaType.Array, name) ?? ArrayProblem(value.AsArray(), schema, field, name),
            JsonValueKind.Object => Typed(schema, JsonSchemaType.Object, name) ?? ObjectProblem(value.AsObject(), schema, field, name, closed),
            _ => null,
        };
    }

    /// <summary>A query or path parameter's text as the JSON value its schema describes (a number, a boolean, or the text).</summary>
    public static JsonNode? FromText(string text, IOpenApiSchema schema)
    {
        var type = schema.Type ?? 0;
        if ((type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number))
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return type.HasFlag(JsonSchemaType.Boolean) && bool.TryParse(text, out var flag) ? JsonValue.Create(flag) : JsonValue.Create(text);
    }

    /// <summary>The number of Unicode code points: a surrogate pair is one, a lone surrogate one too.</summary>
    public static int CodePoints(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    private static string? Typed(IOpenApiSchema schema, JsonSchemaType kind, string name) =>
        schema.Type is { } type && !type.HasFlag(kind) ? $"{name} must be {Describe(type)}." : null;

    private static string? NumberType(JsonNode value, IOpenApiSchema schema, string name)
    {
        if (schema.Type is not { } type || type.HasFlag(JsonSchemaType.Number))
        {
            return null;
        }

        return type.HasFlag(JsonSchemaType.Integer) && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number)
            ? null
            : $"{name} must be {Describe(type)}.";
    }

    private static string? StringProblem(string text, IOpenApiSchema schema, string name)
    {
        var length = CodePoints(text);
        if (schema.MinLength is > 0 and var min && (length < min || string.IsNullOrWhiteSpace(text)))
        {
            // Webex refuses a blank ID as it refuses an empty one; the client's guards say the same.
            return length == 0 || string.IsNullOrWhiteSpace(text)
                ? $"{name} cannot be empty or blank."
                : $"{name} must be at least {min} characters long; it is {length}.";
        }

        if (schema.MaxLength is { } max && length > max)
        {
            return $"{name} must be at most {max} characters long; it is {length}.";
        }

        if (schema.Pattern is { } pattern && !PatternFor(pattern).IsMatch(text))
        {
            return $"{name} does not match the pattern {pattern}.";
        }

        return null;
    }

    private static string? NumberProblem(decimal number, IOpenApiSchema schema, string name) =>
        Bound(schema.Minimum) is { } min && number < min ? $"{name} must be at least {min}."
        : Bound(schema.ExclusiveMinimum) is { } above && number <= above ? $"{name} must be more than {above}."
        : Bound(schema.Maximum) is { } max && number > max ? $"{name} must be at most {max}."
        : Bound(schema.ExclusiveMaximum) is { } below && number >= below ? $"{name} must be less than {below}."
        : null;

    private static string? ArrayProblem(JsonArray items, IOpenApiSchema schema, string field, string name)
    {
        if (schema.MinItems is { } min && items.Count < min)
        {
            return $"{name} needs at least {min} items; {items.Count} given.";
        }

        if (schema.MaxItems is { } max && items.Count > max)
        {
            return $"{name} takes at most {max} items; {items.Count} given.";
        }

        if (schema.UniqueItems == true && items.Where((item, i) => items.Take(i).Any(earlier => JsonNode.DeepEquals(earlier, item))).Any())
        {
            return $"{name} holds the same item twice.";
        }

        if (schema.Items is { } itemSchema)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (Problem(items[i], itemSchema, $"{field}[{i}]") is { } problem)
                {
                    return problem;
                }
            }
        }

        return null;
    }

    private static string? ObjectProblem(JsonObject body, IOpenApiSchema schema, string field, string name, bool closed)
    {
        if (schema.Required?.FirstOrDefault(required => !body.ContainsKey(required)) is { } missing)
        {
            return $"{Join(field, missing)} is required.";
        }

        foreach (var (key, value) in body)
        {
            if (schema.Properties?.TryGetValue(key, out var propertySchema) == true)
            {
                if (Problem(value, propertySchema, Join(field, key)) is { } problem)
                {
                    return problem;
                }
            }
            else if (closed && !Lists(schema, key))
            {
                // A request is checked closed: a field the spec does not list is a mistake of the caller.
                return $"{Join(field, key)} is not a field of {(field.Length == 0 ? "this request" : name)}.";
            }
        }

        return null;
    }

    private static bool Lists(IOpenApiSchema schema, string key) =>
        schema.Properties?.ContainsKey(key) == true || (schema.AllOf ?? []).Any(part => Lists(part, key));

    private static string Join(string field, string key) => field.Length == 0 ? key : $"{field}.{key}";

    private static decimal? Bound(string? text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var bound) ? bound : null;

    private static string Describe(JsonSchemaType type) =>
        string.Join(" or ", Enum.GetValues<JsonSchemaType>().Where(t => t != JsonSchemaType.Null && type.HasFlag(t)).Select(t => t switch
        {
            JsonSchemaType.Integer => "an integer",
            JsonSchemaType.Array => "an array",
            JsonSchemaType.Object => "an object",
            _ => "a " + t.ToString().ToLowerInvariant(),
        }));

    // JSON Schema's patterns are ECMA-262 and unanchored; .NET's ECMAScript option is the closest
    // dialect, and the default one takes the rest (\p{…}, lookbehind). A second at most per match.
    private static Regex PatternFor(string pattern) => Patterns.GetOrAdd(pattern, static text =>
    {
        try
        {
            return new Regex(text, RegexOptions.ECMAScript, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return new Regex(text, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    });
}
