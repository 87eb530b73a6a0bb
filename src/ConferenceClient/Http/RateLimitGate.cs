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
/// No answer closes the gate for longer than the client waits (MaxRetryDelay): a longer Retry-After
/// refuses calls unsent until then, and then lets one call through to probe whether the limit still holds.
/// </summary>
internal sealed class RateLimitGate(TimeProvider timeProvider, TimeSpan longestClosing)
{
    // The spread after the wait: a quarter of the wait, at most 5 s. A quarter releases the calls
    // held over a wait at about four times the rate they came in, which is spread enough for the
    // server's window to refill without adding more than a quarter to any wait; 5 s bounds that
    // share for long waits (a minute's wait spreads over 5 s, not 15).
    private const int SpreadDivisor = 4;
    private static readonly TimeSpan LongestSpread = TimeSpan.FromSeconds(5);

    // The fractional part of the golden ratio: successive multiples of it, taken modulo 1, fall evenly
    // over [0, 1) for any number of them (each new one splits one of the widest gaps left).
    private const double GoldenFraction = 0.6180339887498949;

    private Closing? _closing;

    /// <summary>Whether a call may be sent now without asking the gate. While no limit holds, this reads one field and no clock.</summary>
    public bool IsOpen => Volatile.Read(ref _closing) is not { } closing || (!closing.BeyondCap && HasPassed(closing));

    /// <summary>Whether the limit that holds now is one the server set beyond the client's cap: a call it answers is not retried.</summary>
    public bool HoldsBeyondCap => Volatile.Read(ref _closing) is { BeyondCap: true };

    /// <summary>Whether an answer is one whose Retry-After holds the whole pipeline: 429, or 423.</summary>
    public static bool IsRateLimit(HttpResponseMessage response) =>
        response.StatusCode is StatusCodes.TooManyRequests or StatusCodes.Locked;

    /// <summary>Closes the gate on a 429 or 423 whose Retry-After says how long; a 429 without one keeps each call's own backoff.</summary>
    public void CloseOn(HttpResponseMessage response)
    {
        if (IsRateLimit(response) && RetryAfterHeader.Of(response, timeProvider) is { } wait)
        {
            Close(wait, (int)response.StatusCode);
        }
    }

    /// <summary>
    /// Keeps calls back for <paramref name="wait"/> from now, at most the client's cap, unless the gate
    /// is already closed for longer. A later limit extends the one that holds without restarting its
    /// release: held calls keep counting their places from where the earlier one had got to.
    /// </summary>
    public void Close(TimeSpan wait, int status = 429)
    {
        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        var now = timeProvider.GetTimestamp();
        var beyondCap = wait > longestClosing;
        var closed = beyondCap ? longestClosing : wait;
        var spread = closed / SpreadDivisor;
        var closing = new Closing(
            now,
            now + (long)(closed.TotalSeconds * timeProvider.TimestampFrequency),
            spread < LongestSpread ? spread : LongestSpread,
            wait,
            status,
            beyondCap);
        var current = Volatile.Read(ref _closing);
        while (current is null || current.OpensAt < closing.OpensAt)
        {
            closing.Released = current is not null && now < current.OpensAt ? Volatile.Read(ref current.Released) : 0;
            var seen = Interlocked.CompareExchange(ref _closing, closing, current);
            if (ReferenceEquals(seen, current))
            {
                return;
            }

            current = seen;
        }
    }

    /// <summary>
    /// What a call that asks the gate does now: go (<see cref="GatePass.Open"/>); go as the one probe
    /// after a limit beyond the cap (<see cref="GatePass.Probe"/>, then <see cref="EndProbe"/>); wait until
    /// <see cref="GateTurn.Remaining"/> has passed, released at its place <see cref="GateTurn.Release"/>
    /// in the spread after it (<see cref="GatePass.Wait"/>); or fail unsent, the server's wait having
    /// <see cref="GateTurn.Remaining"/> to go (<see cref="GatePass.Refuse"/>).
    /// </summary>
    public GateTurn NextTurn()
    {
        var closing = Volatile.Read(ref _closing);
        if (closing is null)
        {
            return default;
        }

        if (closing.BeyondCap)
        {
            if (timeProvider.GetTimestamp() < closing.OpensAt || Interlocked.Exchange(ref closing.ProbeTaken, 1) == 1)
            {
                return new GateTurn(GatePass.Refuse, closing.ServerRemaining(timeProvider), TimeSpan.Zero, closing.Status, null);
            }

            return new GateTurn(GatePass.Probe, TimeSpan.Zero, TimeSpan.Zero, closing.Status, closing);
        }

        if (HasPassed(closing))
        {
            return default;
        }

        // Each held call takes the next place of the golden-ratio sequence, from 0: the first (as a rule
        // the one the server answered) goes when the server said, so a lone call waits exactly its
        // Retry-After, and the release is the same on every run. Random draws would clump: 40 calls
        // drawn over 500 ms put 9 or more into some 50 ms about half the time; this sequence puts at
        // most 5 there (12 of 100), where an even share is 4 (10).
        var order = Interlocked.Increment(ref closing.Released) - 1;
        var place = order * GoldenFraction % 1.0;
        var remaining = RemainingOf(closing);
        return new GateTurn(GatePass.Wait, remaining, remaining + (closing.Spread * place), closing.Status, null);
    }

    /// <summary>
    /// Ends the probe <paramref name="turn"/> let through: unless its answer closed the gate again, the
    /// limit has passed and the gate opens.
    /// </summary>
    public void EndProbe(GateTurn turn)
    {
        if (turn.Closing is Closing probed)
        {
            Interlocked.CompareExchange(ref _closing, null, probed);
        }
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

    /// <summary>
    /// One closing of the gate: when it was closed and when it opens (timestamps of the client's clock),
    /// the spread after it, how many calls it has released, and what the server asked for (its wait and
    /// status); beyond the cap, whether its one probe has gone.
    /// </summary>
    internal sealed class Closing(long closedAt, long opensAt, TimeSpan spread, TimeSpan serverWait, int status, bool beyondCap)
    {
        public long Released;

        public int ProbeTaken;

        public long OpensAt { get; } = opensAt;

        public TimeSpan Spread { get; } = spread;

        public int Status { get; } = status;

        public bool BeyondCap { get; } = beyondCap;

        /// <summary>The server's wait still to go, which may be far longer than the gate stays closed.</summary>
        public TimeSpan ServerRemaining(TimeProvider clock)
        {
            var elapsed = clock.GetElapsedTime(closedAt);
            return serverWait > elapsed ? serverWait - elapsed : TimeSpan.Zero;
        }
    }
}

/// <summary>What a call that asks the <see cref="RateLimitGate"/> does now.</summary>
internal enum GatePass
{
    Open,
    Probe,
    Wait,
    Refuse,
}

/// <summary>A call's turn at the <see cref="RateLimitGate"/>: what it does, its waits, and the status of the limit that holds.</summary>
internal readonly record struct GateTurn(GatePass Pass, TimeSpan Remaining, TimeSpan Release, int Status, RateLimitGate.Closing? Closing);
