using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Webex.Calling.Conference.Testing;

/// <summary>
/// The smallest answer a schema allows, for an operation the simulator serves generically: an object
/// with only its required fields, an array of its minimum length, a string of the first enum value or of
/// its minimum length, a number at its minimum.
/// </summary>
internal static class SchemaInstance
{
    public static JsonNode? Minimal(IOpenApiSchema schema)
    {
        if (schema.Enum is { Count: > 0 } values)
        {
            return values[0]?.DeepClone();
        }

        var type = schema.Type ?? schema.AllOf?.Select(part => part.Type).FirstOrDefault(t => t is not null) ?? JsonSchemaType.Object;
        if (type.HasFlag(JsonSchemaType.Object))
        {
            var json = new JsonObject();
            foreach (var part in (schema.AllOf ?? []).Append(schema))
            {
                foreach (var required in part.Required ?? new HashSet<string>())
                {
                    if (!json.ContainsKey(required) && part.Properties?.TryGetValue(required, out var property) == true)
                    {
                        json[required] = Minimal(property);
                    }
                }
            }

            return json;
        }

        if (type.HasFlag(JsonSchemaType.Array))
        {
            return new JsonArray([.. Enumerable.Range(0, schema.MinItems ?? 0).Select(_ => schema.Items is { } items ? Minimal(items) : null)]);
        }

        if (type.HasFlag(JsonSchemaType.String))
        {
            return JsonValue.Create(new string('x', schema.MinLength ?? 0));
        }

        if (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number))
        {
            return JsonValue.Create(decimal.TryParse(schema.Minimum, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var min) ? min : 0m);
        }

        return type.HasFlag(JsonSchemaType.Boolean) ? JsonValue.Create(false) : null;
    }
}
