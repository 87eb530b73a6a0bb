using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Webex.Calling.Conference.SpecDiff;

/// <summary>
/// What a spec says about the wire, as facts keyed by where they are: each operation (method and path),
/// its parameters (in, required, and type with any enum), its request body and the body's fields, its success
/// statuses and the fields of its success answers. Wording (descriptions, summaries, examples, titles),
/// operation IDs, tags, error answers and every <c>x-</c> extension are left out, so two specs that
/// differ only in those have the same facts.
/// </summary>
internal static class SpecFacts
{
    /// <summary>Reads the facts of an OpenAPI document in YAML or JSON.</summary>
    /// <exception cref="InvalidOperationException">The document is not a valid OpenAPI document.</exception>
    public static SortedDictionary<string, string> Read(string path)
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        using var stream = new MemoryStream(File.ReadAllBytes(path), writable: false);
        var format = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "yaml";
        var read = OpenApiDocument.Load(stream, format, settings);
        if (read.Document is not { } document || read.Diagnostic?.Errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"{path} cannot be read: " + string.Join("; ", read.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? []));
        }

        var facts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (route, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>())
            {
                AddOperation(facts, $"{method.Method.ToUpperInvariant()} {route}", operation, item.Parameters);
            }
        }

        return facts;
    }

    /// <summary>The key of an operation's own fact; every other fact of it starts with this and a colon.</summary>
    public static string OperationKey(string operation) => $"{operation}: operation";

    private static void AddOperation(SortedDictionary<string, string> facts, string operation, OpenApiOperation spec, IList<IOpenApiParameter>? pathParameters)
    {
        facts[OperationKey(operation)] = "present";
        foreach (var parameter in (pathParameters ?? []).Concat(spec.Parameters ?? []))
        {
            var location = parameter.In?.ToString().ToLowerInvariant() ?? "?";
            AddField(facts, $"{operation}: parameter {parameter.Name} in {location}", parameter.Required, parameter.Schema);
        }

        if (spec.RequestBody is { } body)
        {
            facts[$"{operation}: request body"] = body.Required ? "required" : "optional";
            AddFields(facts, $"{operation}: request body field ", JsonSchema(body.Content));
        }

        var successes = (spec.Responses ?? []).Where(r => r.Key.StartsWith('2')).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        facts[$"{operation}: success statuses"] = string.Join(", ", successes.Select(r => r.Key));
        foreach (var (status, answer) in successes)
        {
            AddFields(facts, $"{operation}: response {status} field ", JsonSchema(answer.Content));
        }
    }

    private static IOpenApiSchema? JsonSchema(IDictionary<string, OpenApiMediaType>? content) =>
        content is not null && content.TryGetValue("application/json", out var json) ? json.Schema : null;

    /// <summary>One fact per field, nested fields as <c>participants[].callId</c>.</summary>
    private static void AddFields(SortedDictionary<string, string> facts, string prefix, IOpenApiSchema? schema, int depth = 0)
    {
        var flat = Flatten(schema);
        if (flat is null || depth > 8)
        {
            return;
        }

        foreach (var (name, property) in Properties(flat))
        {
            var field = Flatten(property);
            AddField(facts, prefix + name, Required(flat).Contains(name), field);
            var nested = Type(field) == JsonSchemaType.Array ? Flatten(field?.Items) : field;
            var suffix = Type(field) == JsonSchemaType.Array ? "[]." : ".";
            if (nested is not null && Properties(nested).Any())
            {
                AddFields(facts, prefix + name + suffix, nested, depth + 1);
            }
        }
    }

    /// <summary>Whether a field or parameter is required, and its type, as two facts: each can change alone.</summary>
    private static void AddField(SortedDictionary<string, string> facts, string key, bool required, IOpenApiSchema? schema)
    {
        facts[key] = required ? "required" : "optional";
        facts[key + " type"] = Describe(Flatten(schema));
    }

    /// <summary>A type as <c>integer (int32)</c>, <c>array of string</c> or <c>string enum [a, b]</c>.</summary>
    private static string Describe(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            return "any";
        }

        var type = Type(schema);
        var text = type is { } known ? known.ToString().ToLowerInvariant() : "any";
        if (!string.IsNullOrEmpty(schema.Format))
        {
            text += $" ({schema.Format})";
        }

        if (type == JsonSchemaType.Array)
        {
            text += " of " + Describe(Flatten(schema.Items));
        }

        var values = Enum(schema);
        return values.Count == 0 ? text : $"{text} enum [{string.Join(", ", values)}]";
    }

    /// <summary>
    /// A schema with its <c>allOf</c> merged in: ours wraps a <c>$ref</c> in <c>allOf</c> to describe it
    /// where it is used, which says nothing different on the wire.
    /// </summary>
    private static IOpenApiSchema? Flatten(IOpenApiSchema? schema) =>
        schema is { AllOf.Count: > 0 } && Type(schema) is null && schema.Properties is not { Count: > 0 } && schema.AllOf.Count == 1
            ? Flatten(schema.AllOf[0])
            : schema;

    private static JsonSchemaType? Type(IOpenApiSchema? schema) => schema?.Type is { } type ? type & ~JsonSchemaType.Null : null;

    private static IEnumerable<KeyValuePair<string, IOpenApiSchema>> Properties(IOpenApiSchema schema) =>
        (schema.Properties ?? new Dictionary<string, IOpenApiSchema>()).Concat((schema.AllOf ?? []).SelectMany(s => Properties(Flatten(s)!)));

    private static HashSet<string> Required(IOpenApiSchema schema) =>
        new HashSet<string>((schema.Required ?? new HashSet<string>()).Concat((schema.AllOf ?? []).SelectMany(s => Required(Flatten(s)!))), StringComparer.Ordinal);

    private static List<string> Enum(IOpenApiSchema schema) =>
        (schema.Enum ?? []).Select(v => v?.ToString() ?? "null").Order(StringComparer.Ordinal).ToList();
}
