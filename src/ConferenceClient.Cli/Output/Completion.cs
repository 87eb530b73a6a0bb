using System.Collections.Generic;

namespace Webex.Calling.Conference.Cli.Output;

/// <summary>What a command that changes the conference did.</summary>
/// <param name="Command">The command, e.g. <c>mute</c>.</param>
/// <param name="Message">What happened, for people: e.g. <c>muted call-1</c>.</param>
/// <param name="CallIds">The calls it acted on; empty for the conference or the host.</param>
internal sealed record Completion(string Command, string Message, IReadOnlyList<string> CallIds);
