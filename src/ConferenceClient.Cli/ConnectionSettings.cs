using System;

namespace Webex.Calling.Conference.Cli;

/// <summary>Where a command connects and whose conference it acts on, as its options and the environment say.</summary>
internal sealed record ConnectionSettings
{
    /// <summary>The access token; null with <see cref="Simulator"/>.</summary>
    public string? Token { get; init; }

    /// <summary>Whether the command runs on a built-in simulator (<c>--simulator</c>, and <c>demo</c>).</summary>
    public bool Simulator { get; init; }

    /// <summary>The API root; null for Webex (or the simulator's own).</summary>
    public Uri? BaseAddress { get; init; }

    /// <summary>The time one attempt may take; null for the client's default.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>How many times a failed attempt may be retried; null for the client's default.</summary>
    public int? MaxRetries { get; init; }

    /// <summary>The line owner every operation acts for; null for the user's own line.</summary>
    public string? LineOwnerId { get; init; }

    /// <summary>The member whose conference to act on (members/{memberId}); null for the user's.</summary>
    public string? MemberId { get; init; }

    /// <summary>The member's organisation.</summary>
    public string? OrgId { get; init; }

    /// <summary>Whether to act through the members/me paths.</summary>
    public bool Me { get; init; }

    /// <summary>Whether to trace every attempt on stderr.</summary>
    public bool Verbose { get; init; }
}
