using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli.Conformance;

/// <summary>
/// Compares an answer with its schema at every depth and lists every difference, where the kit's
/// <see cref="SchemaCheck"/> stops at a request's first mistake. Paths are written as the drift faults
/// write them (<c>participants[].callId</c>), so a finding names a field once however many items have it.
/// </summary>
internal static class AnswerSchemaCheck
{
    public static IReadOnlyList<Finding> Differences(string operation, JsonNode? answer, IOpenApiSchema schema)
    {
        var found = new List<Finding>();
        Check(answer, schema, string.Empty, (kind, subject) => found.Add(new Finding(operation, kind, subject)));
        return [.. found.Distinct()];
    }

    private delegate void Report(string kind, string subject);

    private static void Check(JsonNode? value, IOpenApiSchema schema, string path, Report report)
    {
        var type = TypeOf(schema);
        if (value is null)
        {
            if (type is not null && !AllowsNull(schema))
            {
                report(Finding.WrongType, $"{Named(path)}: null where the spec has {Describe(type.Value)}");
            }

            return;
        }

        var values = SchemaPath.EnumValues(schema);
        if (values.Count > 0 && !values.Any(allowed => JsonNode.DeepEquals(allowed, value)))
        {
            // The enum value is the one value a report shows: it is what the spec lacks.
            var text = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
            report(Finding.UnknownEnumValue, $"{EnumName(schema) ?? Named(path)}.{text} at {Named(path)}");
            return;
        }

        var kind = value.GetValueKind();
        if (type is { } expected && !Fits(value, kind, expected))
        {
            report(Finding.WrongType, $"{Named(path)}: {KindWords(kind)} where the spec has {Describe(expected)}");
            return;
        }

        if (value is JsonObject body)
        {
            CheckObject(body, schema, path, report);
        }
        else if (value is JsonArray items && Items(schema) is { } itemSchema)
        {
            foreach (var item in items)
            {
                Check(item, itemSchema, path + "[]", report);
            }
        }
    }

    private static void CheckObject(JsonObject body, IOpenApiSchema schema, string path, Report report)
    {
        foreach (var required in Required(schema).Where(name => !body.ContainsKey(name)))
        {
            report(Finding.MissingField, Join(path, required));
        }

        foreach (var (key, child) in body)
        {
            if (SchemaPath.Property(schema, key) is { } property)
            {
                Check(child, property, Join(path, key), report);
            }
            else
            {
                report(Finding.UnknownField, Join(path, key));
            }
        }
    }

    // The spec writes a $ref beside a description as allOf: [$ref], so the type may live in a part.
    private static JsonSchemaType? TypeOf(IOpenApiSchema schema) =>
        schema.Type is { } type && (type & ~JsonSchemaType.Null) != 0 ? type & ~JsonSchemaType.Null
        : (schema.AllOf ?? []).Select(TypeOf).FirstOrDefault(found => found is not null);

    private static bool AllowsNull(IOpenApiSchema schema) => schema.Type?.HasFlag(JsonSchemaType.Null) == true;

    private static IOpenApiSchema? Items(IOpenApiSchema schema) =>
        schema.Items ?? (schema.AllOf ?? []).Select(Items).FirstOrDefault(found => found is not null);

    private static IEnumerable<string> Required(IOpenApiSchema schema) =>
        (schema.Required ?? new HashSet<string>()).Concat((schema.AllOf ?? []).SelectMany(Required)).Distinct();

    // The enum's name in the spec's components (ConferenceState), which says more than the field's.
    private static string? EnumName(IOpenApiSchema schema) =>
        schema is OpenApiSchemaReference reference && reference.Reference.Id is { Length: > 0 } id ? id
        : (schema.AllOf ?? []).Select(EnumName).FirstOrDefault(found => found is not null);

    private static bool Fits(JsonNode value, JsonValueKind kind, JsonSchemaType type) => kind switch
    {
        JsonValueKind.String => type.HasFlag(JsonSchemaType.String),
        JsonValueKind.Number => type.HasFlag(JsonSchemaType.Number)
            || (type.HasFlag(JsonSchemaType.Integer) && value.GetValue<decimal>() == decimal.Truncate(value.GetValue<decimal>())),
        JsonValueKind.True or JsonValueKind.False => type.HasFlag(JsonSchemaType.Boolean),
        JsonValueKind.Array => type.HasFlag(JsonSchemaType.Array),
        JsonValueKind.Object => type.HasFlag(JsonSchemaType.Object),
        _ => true,
    };

    private static string KindWords(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "a boolean",
    };

    private static string Describe(JsonSchemaType type) => string.Join(" or ", new[]
    {
        (JsonSchemaType.String, "a string"), (JsonSchemaType.Integer, "an integer"), (JsonSchemaType.Number, "a number"),
        (JsonSchemaType.Boolean, "a boolean"), (JsonSchemaType.Array, "an array"), (JsonSchemaType.Object, "an object"),
    }.Where(t => type.HasFlag(t.Item1)).Select(t => t.Item2));

    private static string Named(string path) => path.Length == 0 ? "the answer" : path;

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
