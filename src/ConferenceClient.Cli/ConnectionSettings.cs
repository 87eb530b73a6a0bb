using System;

namespace Webex.Calling.Conference.Cli;

/// <summary>Where a command connects, as its options say.</summary>
/// <param name="Token">The access token; null to use the built-in simulator.</param>
/// <param name="LineOwnerId">The line owner every operation acts for; null for the user's own line.</param>
/// <param name="BaseAddress">The API root; null for Webex.</param>
/// <param name="Verbose">Whether to trace every attempt on stderr.</param>
internal sealed record ConnectionSettings(string? Token, string? LineOwnerId, Uri? BaseAddress, bool Verbose);
