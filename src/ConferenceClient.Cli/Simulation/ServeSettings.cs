using System.Collections.Generic;

namespace Webex.Calling.Conference.Cli.Simulation;

/// <summary>What <c>simulator serve</c> was asked for.</summary>
/// <param name="Port">The loopback port; 0 for any free one.</param>
/// <param name="Token">The token to accept; a new random one when null.</param>
/// <param name="Calls">The calls to make up front on the user's own line.</param>
/// <param name="JournalLimit">The most requests the journal keeps.</param>
/// <param name="JournalBodyLimit">The most bytes of each body the journal keeps.</param>
/// <param name="Help">The command line that shows serve's usage, for its usage errors.</param>
internal sealed record ServeSettings(int Port, string? Token, IReadOnlyList<string> Calls, int JournalLimit, int JournalBodyLimit, string Help);
