using System;
using System.IO;

namespace Webex.Calling.Conference.Cli;

/// <summary>What a run of the tool gets from its process: the console, the environment and the test hook.</summary>
internal sealed record CliContext(
    TextWriter Stdout,
    TextWriter Stderr,
    Func<string, string?> ReadVariable,
    Action<ConferenceClientOptions>? ConfigureClient);
