using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace Webex.Calling.Conference.Testing;

/// <summary>
/// A fake clock to give the client as its <c>TimeProvider</c>, which tells the test when the client
/// starts to wait: a Retry-After wait, a backoff, or the timeout of an attempt. A test awaits the wait
/// (<see cref="NextWaitAsync"/>, <see cref="AdvanceWhenWaitingAsync"/>) and only then moves time, so
/// time never moves before the client has armed its timer, which would leave the call waiting forever.
/// Nothing sleeps and nothing waits in real time. Thread-safe.
/// </summary>
/// <remarks>
/// A wait is a timer armed with a finite due time, by <see cref="CreateTimer"/> or by
/// <see cref="ITimer.Change"/>. Each is announced once, in the order armed, whether or not it has fired
/// or been disposed since, so what a test reads does not depend on how fast the client ran. Every
/// attempt arms a timer of the client's <c>Timeout</c> (30 s by default) before any retry wait: pass it
/// as <c>ignoring</c>, or await the exact wait you expect with <see cref="AdvanceWhenWaitingAsync"/>.
/// </remarks>
public sealed class ClientClock : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _armed = Channel.CreateUnbounded<TimeSpan>();
    private TimeSpan _patience = TimeSpan.FromSeconds(15);

    /// <summary>A clock that starts at midnight, January 1st 2000, UTC, as <see cref="FakeTimeProvider"/> does.</summary>
    public ClientClock()
    {
    }

    /// <summary>A clock that starts at <paramref name="startDateTime"/>.</summary>
    public ClientClock(DateTimeOffset startDateTime)
        : base(startDateTime)
    {
    }

    /// <summary>
    /// How long, in real time, each of this clock's awaits waits for the client to arm the timer it is
    /// after before it fails with a <see cref="TimeoutException"/>: 15 s unless set. A client reaches its
    /// wait within milliseconds, so a passing test never waits this long; a test whose client never waits
    /// fails with a message instead of hanging. <see cref="Timeout.InfiniteTimeSpan"/> leaves the limit
    /// to the cancellation token.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is neither positive nor infinite.</exception>
    public TimeSpan Patience
    {
        get => _patience;
        set
        {
            if (value <= TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Patience is positive, or Timeout.InfiniteTimeSpan.");
            }

            _patience = value;
        }
    }

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Announced only once armed: a test that advances time on the announcement must not beat the timer to it.
        var timer = new AnnouncedTimer(base.CreateTimer(callback, state, dueTime, period), this);
        Announce(dueTime);
        return timer;
    }

    /// <summary>
    /// The due time of the next wait the client arms, or has armed since the last one a test took;
    /// waits of <paramref name="ignoring"/> are passed over.
    /// </summary>
    /// <param name="ignoring">A due time to pass over, typically the client's per-attempt <c>Timeout</c>.</param>
    /// <param name="cancellationToken">Ends the await; so does <see cref="Patience"/>.</param>
    /// <exception cref="TimeoutException">No such wait was armed within <see cref="Patience"/>.</exception>
    /// <exception cref="OperationCanceledException">No such wait was armed before <paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<TimeSpan> NextWaitAsync(TimeSpan? ignoring = null, CancellationToken cancellationToken = default) =>
        TakeAsync(
            due => due != ignoring,
            ignoring is { } ignored ? $"a wait other than {Seconds(ignored)}" : "a wait",
            cancellationToken);

    /// <summary>
    /// Waits until the client arms a wait of exactly <paramref name="due"/>, passing over other waits,
    /// then advances the clock by <paramref name="due"/>, so that wait ends.
    /// </summary>
    /// <remarks>
    /// A Retry-After equal to the client's <c>Timeout</c> cannot be told apart from the timeout of the
    /// attempt armed before it: choose another.
    /// </remarks>
    /// <param name="due">The due time of the wait to end.</param>
    /// <param name="cancellationToken">Ends the await; so does <see cref="Patience"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="due"/> is negative or infinite.</exception>
    /// <exception cref="TimeoutException">No such wait was armed within <see cref="Patience"/>.</exception>
    /// <exception cref="OperationCanceledException">No such wait was armed before <paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task AdvanceWhenWaitingAsync(TimeSpan due, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(due, TimeSpan.Zero);

        await TakeAsync(armed => armed == due, $"a wait of {Seconds(due)}", cancellationToken).ConfigureAwait(false);
        Advance(due);
    }

    /// <summary>
    /// Takes the next wait the client has already armed, without waiting for one: false when it has
    /// armed none since the last one a test took.
    /// </summary>
    /// <param name="due">The due time of that wait.</param>
    public bool TryTakeWait(out TimeSpan due) => _armed.Reader.TryRead(out due);

    private void Announce(TimeSpan dueTime)
    {
        // An infinite due time disarms: a pooled CancellationTokenSource starts so, and is armed by Change.
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _armed.Writer.TryWrite(dueTime);
        }
    }

    private async Task<TimeSpan> TakeAsync(Func<TimeSpan, bool> wanted, string awaited, CancellationToken cancellationToken)
    {
        var passedOver = new List<TimeSpan>();
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(Patience);
        try
        {
            while (true)
            {
                // Waits already armed are taken even when the token is already cancelled.
                while (_armed.Reader.TryRead(out var due))
                {
                    if (wanted(due))
                    {
                        return due;
                    }

                    passedOver.Add(due);
                }

                await _armed.Reader.WaitToReadAsync(patience.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException canceled) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"The client armed no timer for {awaited} within {Seconds(Patience)} (the clock's Patience). {Seen(passedOver)}", canceled);
        }
        catch (OperationCanceledException canceled)
        {
            throw new OperationCanceledException(
                $"The client armed no timer for {awaited} before the token was cancelled. {Seen(passedOver)}", canceled, cancellationToken);
        }
    }

    private static string Seen(List<TimeSpan> passedOver) => passedOver.Count == 0
        ? "It armed none: does the call reach a wait, and is this clock the client's TimeProvider?"
        : $"It armed {string.Join(", ", passedOver.Select(Seconds))} meanwhile.";

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    // Timers re-armed by Change are waits too: CancellationTokenSource.CancelAfter arms its timer so.
    private sealed class AnnouncedTimer(ITimer inner, ClientClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = inner.Change(dueTime, period);
            if (changed)
            {
                clock.Announce(dueTime);
            }

            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
