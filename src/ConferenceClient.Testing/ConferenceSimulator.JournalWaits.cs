using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Testing;

// Waits on the journal: a test awaits the request it expects instead of reading Requests in a loop.
public sealed partial class ConferenceSimulator
{
    private readonly List<JournalWaiter> _waiters = [];

    /// <summary>
    /// Waits for a request that matches <paramref name="match"/>: one already in the journal, or one yet
    /// to come. The match sees each request when it arrives (its <see cref="SimulatedRequest.Status"/>
    /// still null) and again once the simulator has answered it, so
    /// <c>r =&gt; r.Operation == SimulatedOperation.Mute</c> completes as soon as a mute arrives, even one
    /// whose answer a delay fault holds, and <c>r =&gt; r.Operation == SimulatedOperation.Mute &amp;&amp; r.Status is not null</c>
    /// once its answer is decided (it may still be on its way to the client).
    /// </summary>
    /// <remarks>
    /// The wait looks at the journal since the last <see cref="Reset"/>, as <see cref="Requests"/> does: a
    /// reset empties it and the wait goes on with the requests that come after, and a request dropped
    /// from a full journal (<see cref="ConferenceSimulatorOptions.JournalLimit"/>) no longer counts. Stopping the simulator
    /// ends the wait with an <see cref="ObjectDisposedException"/>. The match runs on the simulator's
    /// threads; an exception it throws ends the wait with that exception.
    /// </remarks>
    /// <param name="match">Which request to wait for.</param>
    /// <param name="cancellationToken">Ends the wait with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The first matching request in order of arrival, as it was when it matched.</returns>
    /// <exception cref="ObjectDisposedException">The simulator is stopped.</exception>
    public Task<SimulatedRequest> WaitForRequestAsync(Func<SimulatedRequest, bool> match, CancellationToken cancellationToken = default) =>
        FirstOf(WaitForRequestsAsync(match, 1, cancellationToken));

    /// <summary>
    /// Waits until <paramref name="count"/> requests match <paramref name="match"/>, counting those
    /// already in the journal; otherwise as <see cref="WaitForRequestAsync"/>. For example, the two
    /// attempts of a retried call: <c>WaitForRequestsAsync(r =&gt; r.Operation == SimulatedOperation.Hold, 2)</c>.
    /// </summary>
    /// <param name="match">Which requests to count.</param>
    /// <param name="count">How many must have matched; at least 1.</param>
    /// <param name="cancellationToken">Ends the wait with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The first <paramref name="count"/> matching requests in order of arrival, as they were when the last of them matched.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    /// <exception cref="ObjectDisposedException">The simulator is stopped.</exception>
    public Task<IReadOnlyList<SimulatedRequest>> WaitForRequestsAsync(
        Func<SimulatedRequest, bool> match, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var waiter = new JournalWaiter(match, count);
        IReadOnlyList<SimulatedRequest> journal;
        lock (_gate)
        {
            // Checked under the lock that Dispose takes, so no wait starts after the others were ended.
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
            _waiters.Add(waiter);
            journal = JournalNow();
        }

        waiter.Check(journal);
        return UntilDoneAsync(waiter, cancellationToken);
    }

    // After every change to the journal: each wait looks at it as it is now. The matches run outside the
    // lock (they are the test's code), on a copy taken after the change, so no change goes unseen.
    private void CheckWaiters()
    {
        JournalWaiter[] waiters;
        IReadOnlyList<SimulatedRequest> journal;
        lock (_gate)
        {
            if (_waiters.Count == 0)
            {
                return;
            }

            waiters = [.. _waiters];
            journal = JournalNow();
        }

        foreach (var waiter in waiters)
        {
            waiter.Check(journal);
        }
    }

    private void EndWaits()
    {
        lock (_gate)
        {
            foreach (var waiter in _waiters)
            {
                waiter.Stopped(this);
            }

            _waiters.Clear();
        }
    }

    private async Task<IReadOnlyList<SimulatedRequest>> UntilDoneAsync(JournalWaiter waiter, CancellationToken cancellationToken)
    {
        try
        {
            return await waiter.Done.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    private static async Task<SimulatedRequest> FirstOf(Task<IReadOnlyList<SimulatedRequest>> requests) =>
        (await requests.ConfigureAwait(false))[0];

    // One wait: done once enough requests of the journal match.
    private sealed class JournalWaiter(Func<SimulatedRequest, bool> match, int count)
    {
        private readonly TaskCompletionSource<IReadOnlyList<SimulatedRequest>> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<IReadOnlyList<SimulatedRequest>> Done => _done.Task;

        public void Check(IReadOnlyList<SimulatedRequest> journal)
        {
            if (_done.Task.IsCompleted)
            {
                return;
            }

            List<SimulatedRequest> matched;
            try
            {
                matched = [.. journal.Where(match).Take(count)];
            }
            catch (Exception error)
            {
                // The test's match failed: its wait fails with it, and the request is answered all the same.
                _done.TrySetException(error);
                return;
            }

            if (matched.Count == count)
            {
                _done.TrySetResult(matched);
            }
        }

        public void Stopped(ConferenceSimulator simulator) => _done.TrySetException(
            new ObjectDisposedException(simulator.GetType().FullName, "The simulator stopped before the requests waited for came."));
    }
}
