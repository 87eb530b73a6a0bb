using System.Collections.Generic;

namespace Webex.Calling.Conference.Cli.Output;

/// <summary>One line of the <c>--verbose</c> trace: an attempt sent (<c>request</c>), answered (<c>response</c>) or failed (<c>failed</c>).</summary>
/// <param name="Event">request, response or failed.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path and query.</param>
internal sealed record RequestTrace(string Event, string Method, string Path)
{
    public const string Sent = "request";
    public const string Answered = "response";
    public const string Failed = "failed";

    /// <summary>The request's headers, authorization shown as <c>***</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public int? Status { get; init; }

    public string? Reason { get; init; }

    public long? ElapsedMs { get; init; }

    public string? TrackingId { get; init; }

    public string? Error { get; init; }
}
