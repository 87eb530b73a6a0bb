using System;
using System.Net;
using System.Net.Http;
using System.Threading;

namespace Webex.Calling.Conference.Http;

/// <summary>
/// The wait a 429 (or a 423) with Retry-After puts on every call of one client pipeline. Webex limits
/// per token, and the calls of a pipeline share its token: once one call learns of the limit, the
/// others, new or about to retry, hold back until the time the server named instead of each asking
/// again and prolonging it. Held calls are then released spread over a short interval, not all at once.
/// </summary>
internal sealed class RateLimitGate(TimeProvider timeProvider)
{
    // The spread after the wait: a quarter of the wait, at most 5 s. A quarter releases the calls
    // held over a wait at about four times the rate they came in, which is spread enough for the
    // server's window to refill without adding more than a quarter to any wait; 5 s bounds that
    // share for long waits (a minute's wait spreads over 5 s, not 15).
    private const int SpreadDivisor = 4;
    private static readonly TimeSpan LongestSpread = TimeSpan.FromSeconds(5);

    // Longer than any MaxRetryDelay (at most a day), so such a wait is refused either way; the bound
    // keeps the arithmetic on timestamps from overflowing with a Retry-After of a billion seconds.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(2);

    // The fractional part of the golden ratio: successive multiples of it, taken modulo 1, fall evenly
    // over [0, 1) for any number of them (each new one splits one of the widest gaps left).
    private const double GoldenFraction = 0.6180339887498949;

    private Closing? _closing;

    /// <summary>Whether a call may be sent now. While no limit holds, this reads one field and no clock.</summary>
    public bool IsOpen => Volatile.Read(ref _closing) is not { } closing || HasPassed(closing);

    /// <summary>The time left until the gate opens; zero when it is open.</summary>
    public TimeSpan Remaining => Volatile.Read(ref _closing) is { } closing && !HasPassed(closing) ? RemainingOf(closing) : TimeSpan.Zero;

    /// <summary>Whether an answer is one whose Retry-After holds the whole pipeline: 429, or 423.</summary>
    public static bool IsRateLimit(HttpResponseMessage response) =>
        response.StatusCode is StatusCodes.TooManyRequests or StatusCodes.Locked;

    /// <summary>Closes the gate on a 429 or 423 whose Retry-After says how long; a 429 without one keeps each call's own backoff.</summary>
    public void CloseOn(HttpResponseMessage response)
    {
        if (IsRateLimit(response) && RetryAfterHeader.Of(response, timeProvider) is { } wait)
        {
            Close(wait);
        }
    }

    /// <summary>Keeps calls back for <paramref name="wait"/> from now, unless the gate is already closed for longer.</summary>
    public void Close(TimeSpan wait)
    {
        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        wait = wait < LongestWait ? wait : LongestWait;
        var spread = wait / SpreadDivisor;
        var closing = new Closing(
            timeProvider.GetTimestamp() + (long)(wait.TotalSeconds * timeProvider.TimestampFrequency),
            spread < LongestSpread ? spread : LongestSpread);
        var current = Volatile.Read(ref _closing);
        while (current is null || current.OpensAt < closing.OpensAt)
        {
            var seen = Interlocked.CompareExchange(ref _closing, closing, current);
            if (ReferenceEquals(seen, current))
            {
                return;
            }

            current = seen;
        }
    }

    /// <summary>
    /// How long a call that must wait now waits: <c>Remaining</c>, until the gate opens, and <c>Release</c>,
    /// that and the call's place in the spread after it. Both are zero when the gate is open.
    /// </summary>
    public (TimeSpan Remaining, TimeSpan Release) NextWait()
    {
        if (Volatile.Read(ref _closing) is not { } closing || HasPassed(closing))
        {
            return (TimeSpan.Zero, TimeSpan.Zero);
        }

        // Each held call takes the next place of the golden-ratio sequence, from 0: the first (as a rule
        // the one the server answered) goes when the server said, so a lone call waits exactly its
        // Retry-After, and the release is the same on every run. Random draws would clump: 40 calls
        // drawn over 500 ms put 9 or more into some 50 ms about half the time; this sequence puts at
        // most 5 there (12 of 100), where an even share is 4 (10).
        var order = Interlocked.Increment(ref closing.Released) - 1;
        var place = order * GoldenFraction % 1.0;
        var remaining = RemainingOf(closing);
        return (remaining, remaining + (closing.Spread * place));
    }

    private bool HasPassed(Closing closing)
    {
        if (timeProvider.GetTimestamp() < closing.OpensAt)
        {
            return false;
        }

        // Open again: later calls read the field alone, not the clock. A newer closing stays.
        Interlocked.CompareExchange(ref _closing, null, closing);
        return true;
    }

    private TimeSpan RemainingOf(Closing closing)
    {
        var remaining = timeProvider.GetElapsedTime(timeProvider.GetTimestamp(), closing.OpensAt);
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    /// <summary>One closing of the gate: when it opens (a timestamp of the client's clock), the spread after it, and how many calls it has released.</summary>
    private sealed class Closing(long opensAt, TimeSpan spread)
    {
        public long Released;

        public long OpensAt { get; } = opensAt;

        public TimeSpan Spread { get; } = spread;
    }
}
