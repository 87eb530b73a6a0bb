using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Webex.Calling.Conference;

/// <summary>
/// The guards the generated public methods call for the spec's constraints that the BCL's throw helpers
/// do not cover, with the spec's numbers as arguments. Null is "not given" for all but
/// <see cref="Strings"/>: the generated code checks <c>required</c> first. Messages state the rule and
/// the value's measure, never the value, which could be a token.
/// </summary>
internal static class Arguments
{
    /// <summary>How long a <c>pattern</c> may take on one value: the spec's patterns are for short IDs.</summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Reads <paramref name="values"/> once (a lazy sequence is not enumerated again when the body is
    /// written) and checks <c>minItems</c>, <c>maxItems</c> (negative for none), <c>uniqueItems</c>
    /// (ordinal, as JSON compares strings) and the items' <c>minLength</c>.
    /// </summary>
    public static List<string> Strings(IEnumerable<string> values, int minItems, int maxItems, bool uniqueItems, int itemMinLength, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(values, parameterName);
        var list = new List<string>(values);
        if (list.Count < minItems)
        {
            throw new ArgumentException($"{parameterName} needs at least {minItems} values; {list.Count} given.", parameterName);
        }

        if (maxItems >= 0 && list.Count > maxItems)
        {
            throw new ArgumentException($"{parameterName} takes at most {maxItems} values; {list.Count} given.", parameterName);
        }

        foreach (var value in list)
        {
            if (value is null || (itemMinLength > 0 && string.IsNullOrWhiteSpace(value)))
            {
                throw new ArgumentException(
                    itemMinLength > 0 ? $"{parameterName} cannot hold a null, empty or blank value." : $"{parameterName} cannot hold a null value.",
                    parameterName);
            }
        }

        if (uniqueItems)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < list.Count; i++)
            {
                if (!seen.Add(list[i]))
                {
                    throw new ArgumentException($"{parameterName} must hold each value once; the value at index {i} repeats an earlier one.", parameterName);
                }
            }
        }

        return list;
    }

    /// <summary>
    /// A value that becomes one segment of the path: not null or blank, and not "." or "..", which
    /// escaping leaves as they are and which would then name another path once the URI is resolved.
    /// </summary>
    public static void PathSegment(string value, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameterName);
        if (value is "." or "..")
        {
            throw new ArgumentException($"'{value}' is not a {parameterName}: in a path it names another path.", parameterName);
        }
    }

    /// <summary>An optional string with <c>minLength</c>: null means "not given" (mute's host, say), empty or blank is a mistake.</summary>
    public static void NotBlankWhenGiven(string? value, string parameterName)
    {
        if (value is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, parameterName);
        }
    }

    /// <summary>
    /// <c>minLength</c> and <c>maxLength</c> (negative for none) in Unicode code points, as JSON Schema
    /// counts: a surrogate pair is one, and so is an unpaired surrogate.
    /// </summary>
    public static void Length(string? value, int minLength, int maxLength, string parameterName)
    {
        if (value is null)
        {
            return;
        }

        var length = CodePoints(value);
        if (length < minLength || (maxLength >= 0 && length > maxLength))
        {
            var rule = maxLength < 0 ? $"at least {minLength}" : minLength > 0 ? $"{minLength} to {maxLength}" : $"at most {maxLength}";
            throw new ArgumentException($"{parameterName} must have {rule} characters (Unicode code points); the value given has {length}.", parameterName);
        }
    }

    /// <summary>The number of Unicode code points in <paramref name="value"/>.</summary>
    public static int CodePoints(string value)
    {
        var count = value.Length;
        for (var i = 0; i < value.Length - 1; i++)
        {
            if (char.IsHighSurrogate(value[i]) && char.IsLowSurrogate(value[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    /// <summary>
    /// A spec's <c>pattern</c>, made once per type: ECMAScript semantics as JSON Schema asks (\d, \w
    /// and \s are ASCII), with a timeout so that a costly pattern cannot hang a call.
    /// </summary>
    public static Regex Pattern(string pattern) => new(pattern, RegexOptions.ECMAScript, PatternTimeout);

    /// <summary><c>pattern</c>: found anywhere in the value (JSON Schema does not anchor it; the pattern's own ^ and $ do).</summary>
    public static void Matches(string? value, Regex pattern, string parameterName)
    {
        if (value is null)
        {
            return;
        }

        bool matched;
        try
        {
            matched = pattern.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            // Not kept as the inner exception: its Input is the value.
            throw new ArgumentException($"{parameterName} could not be checked against the pattern {pattern} within {PatternTimeout.TotalMilliseconds} ms; the value given has {CodePoints(value)} characters.", parameterName);
        }

        if (!matched)
        {
            throw new ArgumentException($"{parameterName} must match the pattern {pattern}; the value given ({CodePoints(value)} characters) does not.", parameterName);
        }
    }

    /// <summary><c>enum</c> on a string: one of the spec's values, compared ordinally as JSON does.</summary>
    public static void OneOf(string? value, string[] values, string parameterName)
    {
        if (value is null)
        {
            return;
        }

        foreach (var allowed in values)
        {
            if (string.Equals(value, allowed, StringComparison.Ordinal))
            {
                return;
            }
        }

        throw new ArgumentException($"{parameterName} must be one of {string.Join(", ", values)} (exactly, case included); the value given ({CodePoints(value)} characters) is none of them.", parameterName);
    }

    /// <summary>
    /// <c>minimum</c> and <c>maximum</c> on an integer, each exclusive when the spec says so (OpenAPI
    /// 3.0's booleans); null for a bound the spec does not give.
    /// </summary>
    public static void Range(long? value, long? minimum, bool exclusiveMinimum, long? maximum, bool exclusiveMaximum, string parameterName)
    {
        if (value is not { } given)
        {
            return;
        }

        var tooLow = minimum is { } min && (exclusiveMinimum ? given <= min : given < min);
        var tooHigh = maximum is { } max && (exclusiveMaximum ? given >= max : given > max);
        if (tooLow || tooHigh)
        {
            var low = minimum is null ? null : (exclusiveMinimum ? $"greater than {minimum}" : $"at least {minimum}");
            var high = maximum is null ? null : (exclusiveMaximum ? $"less than {maximum}" : $"at most {maximum}");
            var rule = low is null ? high : high is null ? low : $"{low} and {high}";
            throw new ArgumentOutOfRangeException(parameterName, $"{parameterName} must be {rule}; {given} was given.");
        }
    }
}
