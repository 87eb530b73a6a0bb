using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Webex.Calling.Conference.Testing;

/// <summary>
/// A field of an answer, as drift faults name it: field names joined by dots, <c>[]</c> after an array's
/// name for each of its items, e.g. <c>participants[].role</c>; the last part is a field name.
/// </summary>
internal sealed record FieldPath
{
    private FieldPath(string text, IReadOnlyList<FieldPathStep> steps)
    {
        Text = text;
        Steps = steps;
    }

    /// <summary>The fields on the way to the parent object, the answer's top level when there are none.</summary>
    public IReadOnlyList<FieldPathStep> Steps { get; }

    /// <summary>The last field's name.</summary>
    public string Name => Steps[^1].Name;

    private string Text { get; }

    /// <exception cref="ArgumentException">The text is not such a path.</exception>
    public static FieldPath Parse(string text, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(text, parameterName);
        if (Problem(text) is { } problem)
        {
            throw new ArgumentException(problem, parameterName);
        }

        return new FieldPath(text, [.. text.Split('.').Select(step => FieldPathStep.Parse(step)!)]);
    }

    /// <summary>What keeps the text from being a path, in words for a 400; null when it is one.</summary>
    public static string? Problem(string text)
    {
        var steps = text.Split('.').Select(FieldPathStep.Parse).ToList();
        return steps.Any(step => step is null) || steps[^1]!.IsArray
            ? $"\"{text}\" is not a field path: name fields with dots and follow an array's name with [] for its items, e.g. participants[].role."
            : null;
    }

    /// <summary>
    /// The objects of <paramref name="answer"/> that hold (or would hold) the field: the top level, or
    /// each object the path leads to, through every item of an array; none where the answer lacks a step.
    /// </summary>
    public IEnumerable<JsonObject> Parents(JsonNode? answer)
    {
        IEnumerable<JsonNode?> nodes = [answer];
        foreach (var step in Steps.Take(Steps.Count - 1))
        {
            nodes = nodes.OfType<JsonObject>().Select(parent => parent[step.Name])
                .SelectMany(child => step.IsArray ? child as JsonArray ?? [] : [child]);
        }

        return nodes.OfType<JsonObject>().ToList();
    }

    /// <summary>The path's first <paramref name="steps"/> fields, for messages: <c>participants[]</c>, or <c>the answer</c> for none.</summary>
    public string ParentText(int steps) => steps == 0 ? "the answer" : string.Join(".", Steps.Take(steps));

    // Two paths are the same when written the same, so faults made alike compare equal.
    public bool Equals(FieldPath? other) => other is not null && other.Text == Text;

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Text;
}

/// <summary>One field of a <see cref="FieldPath"/>, with whether the path goes on into its items.</summary>
internal sealed record FieldPathStep(string Name, bool IsArray)
{
    public static FieldPathStep? Parse(string text)
    {
        var isArray = text.EndsWith("[]", StringComparison.Ordinal);
        var name = isArray ? text[..^2] : text;
        return name.Length == 0 || name.Any(c => c is '[' or ']' || char.IsWhiteSpace(c)) ? null : new FieldPathStep(name, isArray);
    }

    public override string ToString() => IsArray ? Name + "[]" : Name;
}
