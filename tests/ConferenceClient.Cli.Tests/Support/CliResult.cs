namespace Webex.Calling.Conference.Cli.Tests.Support;

/// <summary>What one in-process run of the tool left: its exit code and everything it printed.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Both streams, for asserting that something was printed nowhere.</summary>
    public string AllOutput => Stdout + Stderr;
}
