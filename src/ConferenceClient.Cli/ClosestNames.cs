using System;
using System.Collections.Generic;
using System.Linq;

namespace Webex.Calling.Conference.Cli;

/// <summary>
/// The names a mistyped word was most likely meant to be, for "did you mean". System.CommandLine's typo
/// correction writes its own sentence to the console for unmatched tokens only; the tool needs the names
/// themselves, for its own words and its JSON, and for a mistyped option a call ID argument swallowed.
/// </summary>
internal static class ClosestNames
{
    /// <summary>
    /// The <paramref name="names"/> fewest edits from <paramref name="word"/> (a swap of two letters is one),
    /// ties kept; none when the closest needs more than a third of the word's letters changed, or 3.
    /// </summary>
    public static IReadOnlyList<string> To(string word, IEnumerable<string> names)
    {
        var most = Math.Min(3, (word.Length + 2) / 3);
        var near = names.Distinct(StringComparer.Ordinal).Select(name => (Name: name, Edits: Edits(word, name))).Where(n => n.Edits <= most).ToList();
        return near.Count == 0 ? [] : [.. near.Where(n => n.Edits == near.Min(m => m.Edits)).Select(n => n.Name).Order(StringComparer.Ordinal)];
    }

    // Insertions, deletions, substitutions and swaps of neighbours (optimal string alignment).
    private static int Edits(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
