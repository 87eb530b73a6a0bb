using System;
using System.Collections.Generic;
using System.Linq;

namespace Webex.Calling.Conference.Testing;

/// <summary>
/// The operation a request asks for, with its path parameters unescaped; or, when there is none, whether
/// the path exists for another method (405) or not at all (404).
/// </summary>
internal sealed record SpecRoute(SpecOperation? Operation, IReadOnlyDictionary<string, string> PathValues, bool PathExists)
{
    private static readonly IReadOnlyDictionary<string, string> NoValues = new Dictionary<string, string>();

    /// <summary>
    /// Matches the path as sent (still escaped) against the spec's paths. Each segment is unescaped once,
    /// so an ID may hold '/' as %2F. A literal segment wins over a parameter, as OpenAPI says:
    /// <c>members/me/mute</c> is the me operation, not a member named "me".
    /// </summary>
    public static SpecRoute Find(ApiSpec spec, string method, string rawPath)
    {
        if (!rawPath.StartsWith(spec.BasePath + "/", StringComparison.Ordinal))
        {
            return new SpecRoute(null, NoValues, PathExists: false);
        }

        var segments = rawPath[(spec.BasePath.Length + 1)..].Split('/').Select(Uri.UnescapeDataString).ToArray();
        SpecOperation? best = null;
        IReadOnlyDictionary<string, string> bestValues = NoValues;
        var bestLiterals = -1;
        var pathExists = false;
        foreach (var operation in spec.Operations)
        {
            if (!TryMatch(operation.Segments, segments, out var values, out var literals))
            {
                continue;
            }

            pathExists = true;
            if (string.Equals(operation.Method, method, StringComparison.OrdinalIgnoreCase) && literals > bestLiterals)
            {
                (best, bestValues, bestLiterals) = (operation, values, literals);
            }
        }

        return new SpecRoute(best, bestValues, pathExists);
    }

    private static bool TryMatch(IReadOnlyList<string> template, string[] segments, out Dictionary<string, string> values, out int literals)
    {
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        literals = 0;
        if (template.Count != segments.Length)
        {
            return false;
        }

        for (var i = 0; i < segments.Length; i++)
        {
            if (template[i] is ['{', .. var name, '}'])
            {
                if (segments[i].Length == 0)
                {
                    return false;
                }

                values[name] = segments[i];
            }
            else if (template[i] == segments[i])
            {
                literals++;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
