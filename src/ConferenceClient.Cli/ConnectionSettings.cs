using System;

namespace Webex.Calling.Conference.Cli;

/// <summary>Where a command connects, as its options say.</summary>
/// <param name="Token">The access token; null to use the built-in simulator.</param>
/// <param name="LineOwnerId">The line owner every operation acts for; null for the user's own line.</param>
/// <param name="BaseAddress">The API root; null for Webex.</param>
/// <param name="Verbose">Whether to trace every attempt on stderr.</param>
/// <param name="MemberId">The member whose conference to act on (members/{memberId}); null for the user's.</param>
/// <param name="OrgId">The member's organisation.</param>
/// <param name="Me">Whether to act through the members/me paths.</param>
internal sealed record ConnectionSettings(string? Token, string? LineOwnerId, Uri? BaseAddress, bool Verbose, string? MemberId = null, string? OrgId = null, bool Me = false);
