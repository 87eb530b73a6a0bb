using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Webex.Calling.Conference.Cli.Tests.Support;

/// <summary>
/// One field of a model at any depth, as the spec describes it: its path (<c>participants[].device.kind</c>,
/// <c>[]</c> marking an array of objects), and its schema.
/// </summary>
internal sealed record ModelField(string Path, JsonSchema Schema)
{
    public IReadOnlyList<string> EnumValues => [.. Schema.Enumeration.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)!)];

    /// <summary>Where the field is in an instance from <see cref="ModelFields.Instance"/> (the first item of each array), for SelectToken.</summary>
    public string InstancePath => "$" + string.Concat(Path.Split('.').Select(part =>
        part.EndsWith("[]", StringComparison.Ordinal) ? $"['{part[..^2]}'][0]" : $"['{part}']"));

    /// <summary>A value the field's schema allows; different variants give different values where the schema has more than one.</summary>
    public JToken Sample(int variant) => Sample(Schema, Path.Split('.', '[')[^1].TrimEnd(']'), variant);

    public override string ToString() => Path;

    private static JToken Sample(JsonSchema schema, string name, int variant)
    {
        if (schema.IsEnumeration)
        {
            return JToken.FromObject(schema.Enumeration.ElementAt(variant % schema.Enumeration.Count)!);
        }

        if (schema.Type.HasFlag(JsonObjectType.Array))
        {
            return new JArray(Enumerable.Range(0, Math.Max(schema.MinItems, 1)).Select(i => Sample(schema.Item!.ActualTypeSchema, name, variant + i)));
        }

        if (schema.Type.HasFlag(JsonObjectType.Boolean))
        {
            return variant % 2 == 0;
        }

        if (schema.Type.HasFlag(JsonObjectType.Integer) || schema.Type.HasFlag(JsonObjectType.Number))
        {
            var fewest = schema.Minimum is { } min ? (long)min + (schema.IsExclusiveMinimum ? 1 : 0) : 1;
            return fewest + variant;
        }

        if (schema.Format == "date-time")
        {
            return new DateTimeOffset(2023, 3, 2, 15, 0, 0, TimeSpan.Zero).AddDays(variant).AddMilliseconds(variant * 100)
                .ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        }

        var text = $"{name}-{variant}";
        return text.PadRight(schema.MinLength ?? 0, 'x')[..Math.Min(Math.Max(text.Length, schema.MinLength ?? 0), schema.MaxLength ?? int.MaxValue)];
    }
}

/// <summary>The fields of a model at any depth, read from the spec, and instances that have every one of them.</summary>
internal static class ModelFields
{
    public static IReadOnlyList<ModelField> Of(JsonSchema model) => [.. Walk(model, string.Empty, [])];

    /// <summary>A JSON instance with every field, each with its value.</summary>
    public static JObject Instance(IEnumerable<(ModelField Field, JToken Value)> values)
    {
        var instance = new JObject();
        foreach (var (field, value) in values)
        {
            Set(instance, field, value);
        }

        return instance;
    }

    /// <summary>Sets one field of an instance, making the objects and arrays (of one item) on its way.</summary>
    public static void Set(JObject instance, ModelField field, JToken value)
    {
        var parts = field.Path.Split('.');
        var current = instance;
        foreach (var part in parts[..^1])
        {
            if (part.EndsWith("[]", StringComparison.Ordinal))
            {
                var items = current[part[..^2]] as JArray ?? (JArray)(current[part[..^2]] = new JArray());
                if (items.Count == 0)
                {
                    items.Add(new JObject());
                }

                current = (JObject)items[0];
            }
            else
            {
                current = current[part] as JObject ?? (JObject)(current[part] = new JObject());
            }
        }

        current[parts[^1]] = value.DeepClone();
    }

    // Objects are walked into (arrays of objects as "name[]"); anything else is a field. A model that holds
    // itself is walked once along each path.
    private static IEnumerable<ModelField> Walk(JsonSchema schema, string path, HashSet<JsonSchema> open)
    {
        var actual = schema.ActualTypeSchema;
        if (!open.Add(actual))
        {
            yield break;
        }

        foreach (var (name, property) in actual.ActualProperties)
        {
            var fieldPath = path.Length == 0 ? name : $"{path}.{name}";
            var type = property.ActualTypeSchema;
            var (inner, innerPath) = IsObject(type) ? (type, fieldPath)
                : type.Type.HasFlag(JsonObjectType.Array) && type.Item?.ActualTypeSchema is { } item && IsObject(item) ? (item, fieldPath + "[]")
                : ((JsonSchema?)null, fieldPath);
            if (inner is null)
            {
                yield return new ModelField(fieldPath, type);
                continue;
            }

            foreach (var field in Walk(inner, innerPath, open))
            {
                yield return field;
            }
        }

        open.Remove(actual);
    }

    private static bool IsObject(JsonSchema schema) => schema.ActualProperties.Count > 0;
}
