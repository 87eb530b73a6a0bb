using System.Collections.Generic;
using System.IO;
using Webex.Calling.Conference.Cli.Conformance;
using Webex.Calling.Conference.Cli.Demo;

namespace Webex.Calling.Conference.Cli.Output;

/// <summary>
/// How results go to stdout, and notices, traces and failures to stderr: text for people, or JSON Lines
/// with <c>--json</c>.
/// </summary>
internal abstract class ConsoleOutput(TextWriter stdout, TextWriter stderr, bool verbose)
{
    protected TextWriter Stdout { get; } = stdout;

    protected TextWriter Stderr { get; } = stderr;

    /// <summary>Whether a failure shows the whole chain of its causes.</summary>
    protected bool Verbose { get; } = verbose;

    public static ConsoleOutput Create(bool json, bool verbose, TextWriter stdout, TextWriter stderr) =>
        json ? new JsonOutput(stdout, stderr, verbose) : new TextOutput(stdout, stderr, verbose);

    /// <summary>The conference: <paramref name="sent"/> is the answer as the API sent it.</summary>
    public abstract void Conference(ConferenceDetails details, SentAnswer sent);

    public abstract void Completed(Completion completion);

    /// <summary>An answer other than the conference, as JSON as sent: the tool knows no table for it.</summary>
    public void Result(SentAnswer sent) => Stdout.WriteLine(sent.Json);

    public abstract void DemoStep(DemoStep step);

    /// <summary>What <c>conformance</c> found: one line per difference from the spec, then a summary.</summary>
    public abstract void Conformance(ConformanceReport report);

    /// <summary>A line on stderr beside the result, e.g. whether conformance released what it started.</summary>
    public abstract void Notice(string message);

    /// <summary>The notice of what <c>--simulator</c> made up front.</summary>
    public abstract void Seeded(SeededCalls seeded);

    public abstract void Trace(RequestTrace trace);

    /// <summary>
    /// The one line of <c>simulator serve</c>, flushed at once: whoever started it reads the line while
    /// the server keeps running.
    /// </summary>
    public void Serving(ServedSimulator served)
    {
        WriteServing(served);
        Stdout.Flush();
    }

    public abstract void Failure(FailureReport report);

    /// <summary>The mistakes of a command line that did not parse, and where its usage is.</summary>
    public abstract void UsageErrors(IReadOnlyList<string> messages, string help);

    protected abstract void WriteServing(ServedSimulator served);
}
