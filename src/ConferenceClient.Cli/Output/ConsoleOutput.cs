using System;
using System.IO;
using Webex.Calling.Conference.Cli.Demo;

namespace Webex.Calling.Conference.Cli.Output;

/// <summary>How results go to stdout and failures to stderr: text for people, or JSON with <c>--json</c>.</summary>
internal abstract class ConsoleOutput(TextWriter stdout, TextWriter stderr)
{
    protected TextWriter Stdout { get; } = stdout;

    protected TextWriter Stderr { get; } = stderr;

    public static ConsoleOutput Create(bool json, TextWriter stdout, TextWriter stderr) =>
        json ? new JsonOutput(stdout, stderr) : new TextOutput(stdout, stderr);

    public abstract void Conference(ConferenceDetails details);

    public abstract void Completed(Completion completion);

    public abstract void DemoStep(DemoStep step);

    /// <summary>Reports a failure that <see cref="ExitCodes.For"/> maps to an exit code.</summary>
    public abstract void Failure(Exception error);
}
