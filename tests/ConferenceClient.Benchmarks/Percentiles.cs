using System;
using System.Collections.Generic;

namespace Webex.Calling.Conference.Benchmarks;

/// <summary>The percentiles the commands print (paired, percall, startup), all read the same way.</summary>
internal static class Percentiles
{
    /// <summary>Linear interpolation between the closest ranks of a sorted list; 0.5 is the median.</summary>
    public static double Of(IReadOnlyList<double> sorted, double p)
    {
        var rank = p * (sorted.Count - 1);
        var lower = (int)Math.Floor(rank);
        var upper = (int)Math.Ceiling(rank);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (rank - lower));
    }
}
