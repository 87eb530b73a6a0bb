using System.Collections.Generic;

namespace Webex.Calling.Conference.Cli.Conformance;

/// <summary>What <c>conformance</c> found: the answers it read and where they differ from the spec.</summary>
internal sealed record ConformanceReport(IReadOnlyList<string> Operations, IReadOnlyList<Finding> Findings)
{
    public bool Conforms => Findings.Count == 0;
}
