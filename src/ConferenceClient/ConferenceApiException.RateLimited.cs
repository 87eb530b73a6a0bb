using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference;

public partial class ConferenceApiException
{
    /// <summary>
    /// The exception of a call the client did not send: an earlier answer to the same client was a 429
    /// (or a 423) whose Retry-After has not passed, and the client does not wait that long. It reads as
    /// that answer beyond the cap does: its status, <see cref="RetryAfter"/> the server's wait left, the
    /// tracking ID this call would have sent.
    /// </summary>
    internal static ConferenceApiException RateLimitedBeforeSending(HttpRequestMessage request, GateTurn turn, TimeSpan longestWait, DateTimeOffset now)
    {
        var seconds = (long)Math.Ceiling(turn.Remaining.TotalSeconds);
        var why = longestWait > TimeSpan.Zero
            ? $"longer than MaxRetryDelay ({longestWait.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s)"
            : "and retries are off (MaxRetries = 0)";
        var answer = turn.Status == 423 ? "423 Locked" : "429 Too Many Requests";
        var summary = $"Not sent: the Webex API rate-limited this client ({answer} with Retry-After) for {seconds} s more, {why}.";
        var headers = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase)
        {
            [RetryAfterHeader.Name] = [seconds.ToString(CultureInfo.InvariantCulture)],
        };
        return new ConferenceApiException(summary, turn.Status, string.Empty, headers, null)
        {
            _summary = summary,
            _webexErrorKnown = true,
            _answeredAt = now,
            _sentTrackingId = TrackingIds.Sent(request),
            _retryAfter = turn.Remaining,
            _retryAfterRead = true,
        };
    }
}
