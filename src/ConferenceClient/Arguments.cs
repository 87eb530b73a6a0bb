using System;
using System.Collections.Generic;

namespace Webex.Calling.Conference;

/// <summary>The guards the generated public methods call for the spec's constraints that the BCL's throw helpers do not cover.</summary>
internal static class Arguments
{
    /// <summary>
    /// Reads <paramref name="values"/> once (a lazy sequence is not enumerated again when the body is
    /// written) and checks <c>minItems</c> and the items' <c>minLength</c>.
    /// </summary>
    public static List<string> Strings(IEnumerable<string> values, int minItems, int itemMinLength, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(values, parameterName);
        var list = new List<string>(values);
        if (list.Count < minItems)
        {
            throw new ArgumentException($"{parameterName} needs at least {minItems} values; {list.Count} given.", parameterName);
        }

        foreach (var value in list)
        {
            if (value is null || (itemMinLength > 0 && string.IsNullOrWhiteSpace(value)) || value.Length < itemMinLength)
            {
                throw new ArgumentException(
                    itemMinLength > 0 ? $"{parameterName} cannot hold a null, empty or blank value." : $"{parameterName} cannot hold a null value.",
                    parameterName);
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
}
