using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace Webex.Calling.Conference.Tests.Support;

/// <summary>
/// A fake clock that tells the test when the client schedules a wait, so a test waits on the
/// scheduling itself and then moves time by exactly that much: no sleeps, no real waiting.
/// </summary>
internal sealed class TestClock : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _scheduled = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Announced only once armed: a test that advances time on the announcement must not beat the timer to it.
        var timer = new ObservedTimer(base.CreateTimer(callback, state, dueTime, period), _scheduled.Writer);
        _scheduled.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>The due time of the next timer the client schedules, skipping those of <paramref name="ignore"/>.</summary>
    public async Task<TimeSpan> NextWaitAsync(TimeSpan ignore)
    {
        using var patience = new CancellationTokenSource(Support.Patience.Limit);
        while (true)
        {
            var due = await _scheduled.Reader.ReadAsync(patience.Token);
            if (due != ignore && due != Timeout.InfiniteTimeSpan)
            {
                return due;
            }
        }
    }

    /// <summary>Reads the timers armed since the last read, and says whether any of them had a due time (not infinity).</summary>
    public bool HasScheduledWait()
    {
        while (_scheduled.Reader.TryRead(out var due))
        {
            if (due != Timeout.InfiniteTimeSpan)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Waits for the next timer with exactly <paramref name="due"/> as due time, then lets it fire.</summary>
    public async Task ElapseWhenScheduledAsync(TimeSpan due)
    {
        using var patience = new CancellationTokenSource(Support.Patience.Limit);
        while (await _scheduled.Reader.ReadAsync(patience.Token) != due)
        {
        }

        Advance(due);
    }

    // A pooled CancellationTokenSource starts its timer at infinity and arms it later with Change.
    private sealed class ObservedTimer(ITimer inner, ChannelWriter<TimeSpan> scheduled) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = inner.Change(dueTime, period);
            scheduled.TryWrite(dueTime);
            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
