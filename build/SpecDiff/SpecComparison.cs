using System;
using System.Collections.Generic;
using System.Linq;

namespace Webex.Calling.Conference.SpecDiff;

/// <summary>The differences between our spec's facts and the published spec's, one line each.</summary>
internal static class SpecComparison
{
    /// <summary>
    /// Lines such as <c>only upstream: POST /x: operation: present</c>, <c>only ours: …</c> and
    /// <c>differs: GET /x: response 200 field appearance: ours optional integer (int32), upstream optional number</c>.
    /// An operation on one side only is one line: its parameters and fields are not listed again.
    /// </summary>
    public static IReadOnlyList<string> Compare(IReadOnlyDictionary<string, string> ours, IReadOnlyDictionary<string, string> upstream)
    {
        var differences = new List<string>();
        foreach (var key in ours.Keys.Union(upstream.Keys).Order(StringComparer.Ordinal))
        {
            var inOurs = ours.TryGetValue(key, out var our);
            var inUpstream = upstream.TryGetValue(key, out var theirs);
            if (inOurs && inUpstream)
            {
                if (our != theirs)
                {
                    differences.Add($"differs: {key}: ours {our}, upstream {theirs}");
                }
            }
            else if (!PartOfOneSidedOperation(key, inOurs ? upstream : ours))
            {
                differences.Add($"{(inOurs ? "only ours" : "only upstream")}: {key}: {our ?? theirs}");
            }
        }

        return differences;
    }

    private static bool PartOfOneSidedOperation(string key, IReadOnlyDictionary<string, string> otherSide)
    {
        var operation = key[..key.IndexOf(':', StringComparison.Ordinal)];
        return key != SpecFacts.OperationKey(operation) && !otherSide.ContainsKey(SpecFacts.OperationKey(operation));
    }
}
