using System.Collections.Generic;

namespace Webex.Calling.Conference.Cli.Output;

/// <summary>What <c>--simulator</c> made up front, as the notice on stderr tells it.</summary>
/// <param name="Message">For people: the calls, where they are, and the conference.</param>
/// <param name="Calls">The calls made.</param>
/// <param name="Conference">The calls already in a conference; empty for none.</param>
internal sealed record SeededCalls(string Message, IReadOnlyList<string> Calls, IReadOnlyList<string> Conference);
