using System.Text.RegularExpressions;

namespace Webex.Calling.Conference.Cli.Tests.Support;

/// <summary>What one in-process run of the tool left: its exit code and everything it printed.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Both streams, for asserting that something was printed nowhere.</summary>
    public string AllOutput => Stdout + Stderr;

    /// <summary>Stdout with each ISO 8601 time (a conference's <c>created</c>) written as <c>&lt;time&gt;</c>, for output compared whole.</summary>
    public string StdoutTimeless => Regex.Replace(Stdout, @"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", "<time>");
}
