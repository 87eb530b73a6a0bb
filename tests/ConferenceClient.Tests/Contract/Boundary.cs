using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using NJsonSchema;

namespace Webex.Calling.Conference.Tests.Contract;

/// <summary>
/// One value at the edge of a parameter's constraints, and whether the spec allows it. Missing is a
/// value left out (null for the library).
/// </summary>
internal sealed record Boundary(ContractParameter Parameter, string What, object? Value, bool Valid)
{
    public static readonly object Missing = new();

    public override string ToString() => $"{Parameter.Name}: {What} ({(Valid ? "valid" : "invalid")})";

    /// <summary>The edges of every constraint the parameter's schema carries.</summary>
    public static IEnumerable<Boundary> Of(ContractParameter parameter)
    {
        var schema = parameter.Schema;
        if (parameter.Required)
        {
            yield return new(parameter, "missing", Missing, Valid: false);
        }

        foreach (var (what, value, valid) in schema.Type.HasFlag(JsonObjectType.Array) ? ArrayEdges(schema) : ScalarEdges(schema))
        {
            yield return new(parameter, what, value, valid);
        }
    }

    /// <summary>A value the spec allows, away from the edges where it can be.</summary>
    public static object ValidValue(JsonSchema schema, int variant = 0)
    {
        if (schema.Type.HasFlag(JsonObjectType.Array))
        {
            var count = Math.Max(schema.MinItems, 1);
            return Enumerable.Range(0, count).Select(i => (string)ValidValue(schema.Item!.ActualSchema, variant + i)).ToArray();
        }

        if (schema.Type.HasFlag(JsonObjectType.Integer) || schema.Type.HasFlag(JsonObjectType.Number))
        {
            return (long)(schema.Minimum ?? schema.Maximum ?? 0);
        }

        if (schema.Type.HasFlag(JsonObjectType.Boolean))
        {
            return true;
        }

        if (schema.Enumeration.Count > 0)
        {
            return schema.Enumeration.ElementAt(variant % schema.Enumeration.Count)!.ToString()!;
        }

        // Letters that vary with the variant, as many as minLength asks (one at least), within maxLength.
        var length = Math.Min(Math.Max(schema.MinLength ?? 1, 1), schema.MaxLength ?? int.MaxValue);
        var candidates = new[] { "v", "a", "x1", "A", "0" }.Select(c => c + (char)('a' + (variant % 26)));
        return candidates.Select(c => c.PadRight(length, c[0])).FirstOrDefault(c => Allowed(schema, c)) ?? "v";
    }

    private static IEnumerable<(string, object?, bool)> ScalarEdges(JsonSchema schema)
    {
        if (schema.Type.HasFlag(JsonObjectType.Integer) || schema.Type.HasFlag(JsonObjectType.Number))
        {
            if (schema.Minimum is { } min)
            {
                yield return ($"minimum {min}", (long)min, !schema.IsExclusiveMinimum);
                yield return ($"under minimum {min}", (long)min - 1, false);
            }

            if (schema.Maximum is { } max)
            {
                yield return ($"maximum {max}", (long)max, !schema.IsExclusiveMaximum);
                yield return ($"over maximum {max}", (long)max + 1, false);
            }

            yield break;
        }

        if (!schema.Type.HasFlag(JsonObjectType.String))
        {
            yield break;
        }

        foreach (var edge in StringEdges(schema))
        {
            yield return edge;
        }
    }

    private static IEnumerable<(string, object?, bool)> StringEdges(JsonSchema schema)
    {
        if (schema.MinLength is > 0 and var min)
        {
            yield return ("empty", "", false);
            yield return ("blank", new string(' ', min), false);
            if (min > 1)
            {
                yield return ($"one under minLength {min}", new string('v', min - 1), false);
            }

            yield return ($"minLength {min}", ValidValue(schema), true);
        }

        if (schema.MaxLength is { } max)
        {
            // Code points, as JSON Schema counts: an emoji is one, though two UTF-16 units.
            var atMax = string.Concat(Enumerable.Repeat("😀", max));
            if (Allowed(schema, atMax))
            {
                yield return ($"maxLength {max} in emoji", atMax, true);
            }

            yield return ($"one over maxLength {max}", new string('v', max + 1), false);
        }

        if (schema.Pattern is { } pattern)
        {
            var miss = new[] { "!", "-", "v v", "0", "A", "v", "é" }.FirstOrDefault(c => !Regex.IsMatch(c, pattern) && LengthAllows(schema, c));
            if (miss is not null)
            {
                yield return ($"a miss of pattern {pattern}", miss, false);
            }
        }

        if (schema.Enumeration.Count > 0)
        {
            foreach (var value in schema.Enumeration)
            {
                yield return ($"enum value {value}", value!.ToString(), true);
            }

            yield return ("outside the enum", "not-" + schema.Enumeration.First(), false);
        }
    }

    private static IEnumerable<(string, object?, bool)> ArrayEdges(JsonSchema schema)
    {
        var item = schema.Item!.ActualSchema;
        string[] Items(int count) => [.. Enumerable.Range(0, count).Select(i => (string)ValidValue(item, i))];
        if (schema.MinItems > 0)
        {
            yield return ($"one under minItems {schema.MinItems}", Items(schema.MinItems - 1), false);
            yield return ($"minItems {schema.MinItems}", Items(schema.MinItems), true);
        }

        if (schema.MaxItems > 0)
        {
            yield return ($"maxItems {schema.MaxItems}", Items(schema.MaxItems), true);
            yield return ($"one over maxItems {schema.MaxItems}", Items(schema.MaxItems + 1), false);
        }

        if (schema.UniqueItems)
        {
            var one = (string)ValidValue(item);
            yield return ("the same item twice", Enumerable.Repeat(one, Math.Max(schema.MinItems, 2)).ToArray(), false);
        }

        var valid = Items(Math.Max(schema.MinItems, 1));
        foreach (var (what, value, ok) in StringEdges(item).Where(e => !e.Item3))
        {
            yield return ($"an item {what}", valid.Take(valid.Length - 1).Append((string)value!).ToArray(), ok);
        }
    }

    private static bool Allowed(JsonSchema schema, string value) =>
        LengthAllows(schema, value) && (schema.Pattern is null || Regex.IsMatch(value, schema.Pattern));

    private static bool LengthAllows(JsonSchema schema, string value)
    {
        var length = value.EnumerateRunes().Count();
        return length >= (schema.MinLength ?? 0) && length <= (schema.MaxLength ?? int.MaxValue);
    }
}
