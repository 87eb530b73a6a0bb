using System;
using System.Collections.Generic;
using System.Linq;

namespace Webex.Calling.Conference.Testing;

// The journal of API requests (control requests stay out of it).
public sealed partial class ConferenceSimulator
{
    /// <summary>
    /// The API requests received since the last <see cref="Reset"/>, in order, with what they got: the
    /// last <see cref="ConferenceSimulatorOptions.JournalLimit"/> of them (1,000 by default), each body kept
    /// up to <see cref="ConferenceSimulatorOptions.JournalBodyLimit"/> bytes.
    /// </summary>
    public IReadOnlyList<SimulatedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return JournalNow();
            }
        }
    }

    /// <summary>
    /// How many requests the journal has dropped since the last <see cref="Reset"/>, the oldest first, to
    /// keep no more than <see cref="ConferenceSimulatorOptions.JournalLimit"/>; 0 until it was full.
    /// </summary>
    public long DroppedRequests
    {
        get
        {
            lock (_gate)
            {
                return _droppedRequests;
            }
        }
    }

    // Recorded on arrival, so the journal is in the order requests came in, even when answers are delayed.
    private JournalEntry Record(SpecRoute route, ReceivedRequest request)
    {
        var query = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        var headers = request.Headers.ToDictionary(
            h => h.Key,
            h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase) ? "Bearer ***" : h.Value.ToString(),
            StringComparer.OrdinalIgnoreCase);
        var sentTrackingId = request.Headers["TrackingID"].FirstOrDefault();
        var body = JournalBody.Cut(request.Body, _journalBodyLimit, out var truncated);
        var entry = new JournalEntry(new SimulatedRequest(
            route.Operation?.Behaviour, route.Operation?.OperationId, MemberOf(route), request.Method, request.Path, query, body, headers, sentTrackingId, Status: null, AnsweredTrackingId: null)
        {
            BodyTruncated = truncated,
        });
        lock (_gate)
        {
            if (_journal.Count >= _journalLimit)
            {
                _journal.Dequeue();
                _droppedRequests++;
            }

            _journal.Enqueue(entry);
        }

        CheckWaiters();
        return entry;
    }

    private void Answered(JournalEntry entry, int status, string trackingId)
    {
        lock (_gate)
        {
            entry.Request = entry.Request with { Status = status, AnsweredTrackingId = trackingId };
        }

        CheckWaiters();
    }

    // The member of a members/{memberId} path, "me" for members/me, null for the user's own paths.
    private static string? MemberOf(SpecRoute route) => route.Operation?.Scope switch
    {
        OperationScope.Member => route.PathValues["memberId"],
        OperationScope.Me => "me",
        _ => null,
    };

    // Under the lock: the requests of the journal as they are now.
    private SimulatedRequest[] JournalNow() => [.. _journal.Select(entry => entry.Request)];

    // The slot of one request: its answer is filled in later, and after a Reset it belongs to no journal.
    private sealed class JournalEntry(SimulatedRequest request)
    {
        public SimulatedRequest Request { get; set; } = request;
    }
}
