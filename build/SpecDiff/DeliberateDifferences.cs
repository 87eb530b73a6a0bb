using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Webex.Calling.Conference.SpecDiff;

/// <summary>
/// The differences from the published spec that we keep on purpose, each with why
/// (<c>openapi/upstream/deliberate-differences.yaml</c>).
/// </summary>
internal sealed class DeliberateDifferences
{
    private DeliberateDifferences(IReadOnlyList<DeliberateDifference> entries) => Entries = entries;

    public IReadOnlyList<DeliberateDifference> Entries { get; }

    /// <exception cref="InvalidDataException">An entry has no difference or no why.</exception>
    public static DeliberateDifferences Read(string path)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var entries = deserializer.Deserialize<List<DeliberateDifference>?>(File.ReadAllText(path)) ?? [];
        var incomplete = entries.FindIndex(e => string.IsNullOrWhiteSpace(e.Difference) || string.IsNullOrWhiteSpace(e.Why));
        return incomplete < 0 ? new DeliberateDifferences(entries)
            : throw new InvalidDataException($"{path}: entry {incomplete + 1} needs both a difference and a why.");
    }

    /// <summary>The differences found that no entry declares.</summary>
    public IReadOnlyList<string> Undeclared(IEnumerable<string> differences) =>
        differences.Where(d => !Entries.Any(e => e.Difference == d)).ToList();

    /// <summary>The entries whose difference is no longer found: the specs agree there now, or it reads otherwise.</summary>
    public IReadOnlyList<string> Stale(IEnumerable<string> differences)
    {
        var found = differences.ToHashSet(StringComparer.Ordinal);
        return Entries.Select(e => e.Difference).Where(d => !found.Contains(d)).ToList();
    }
}

/// <summary>One entry: the line the comparison prints, and why we differ there.</summary>
internal sealed class DeliberateDifference
{
    public string Difference { get; set; } = "";

    public string Why { get; set; } = "";
}
