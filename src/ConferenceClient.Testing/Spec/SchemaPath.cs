using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Webex.Calling.Conference.Testing;

/// <summary>
/// Follows a <see cref="FieldPath"/> through an answer's schema, looking into allOf parts as the spec
/// writes its <c>$ref</c>s (<c>state: {allOf: [$ref ConferenceState]}</c>).
/// </summary>
internal static class SchemaPath
{
    /// <summary>The schema of the object that holds the path's last field; null with what stops the path.</summary>
    public static IOpenApiSchema? Parent(IOpenApiSchema answer, FieldPath path, out string? problem)
    {
        var schema = answer;
        for (var i = 0; i < path.Steps.Count - 1; i++)
        {
            var step = path.Steps[i];
            var field = Property(schema, step.Name);
            schema = field is null ? null : step.IsArray ? Items(field) : field;
            if (schema is null)
            {
                problem = field is null ? $"{path.ParentText(i)} has no field {step.Name}" : $"{step.Name} is not an array";
                return null;
            }
        }

        problem = IsObject(schema) ? null : $"{path.ParentText(path.Steps.Count - 1)} is not an object";
        return problem is null ? schema : null;
    }

    public static IOpenApiSchema? Property(IOpenApiSchema schema, string name) =>
        schema.Properties?.TryGetValue(name, out var property) == true ? property
        : (schema.AllOf ?? []).Select(part => Property(part, name)).FirstOrDefault(found => found is not null);

    /// <summary>The values the spec lists for a field; empty when it is not an enum.</summary>
    public static IReadOnlyList<JsonNode> EnumValues(IOpenApiSchema schema) =>
        schema.Enum is { Count: > 0 } values ? [.. values]
        : (schema.AllOf ?? []).Select(EnumValues).FirstOrDefault(found => found.Count > 0) ?? [];

    private static IOpenApiSchema? Items(IOpenApiSchema schema) =>
        schema.Items ?? (schema.AllOf ?? []).Select(Items).FirstOrDefault(found => found is not null);

    private static bool IsObject(IOpenApiSchema schema) =>
        schema.Type?.HasFlag(JsonSchemaType.Object) == true || schema.Properties is { Count: > 0 } || (schema.AllOf ?? []).Any(IsObject);
}
