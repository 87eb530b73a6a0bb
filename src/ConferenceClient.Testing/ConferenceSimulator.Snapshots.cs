using System;
using System.Collections.Generic;
using System.Linq;

namespace Webex.Calling.Conference.Testing;

// The state of a line, read directly: copies, so nothing a test holds changes under it or changes the simulator.
public sealed partial class ConferenceSimulator
{
    /// <summary>The conference of the user's own line (or of <paramref name="lineOwnerId"/>'s) as it is now; null when there is none.</summary>
    /// <exception cref="ArgumentException">The line owner is blank.</exception>
    public SimulatedConferenceSnapshot? GetConference(string? lineOwnerId = null)
    {
        ThrowIfInvalid(LineOwnerIdProblem(lineOwnerId), nameof(lineOwnerId));
        return ConferenceOf(lineOwnerId, memberId: null);
    }

    /// <summary>A member's conference as it is now; null when there is none.</summary>
    /// <exception cref="ArgumentException">The member ID is blank or <c>me</c> (the user's own line: use <see cref="GetConference"/>).</exception>
    public SimulatedConferenceSnapshot? GetMemberConference(string memberId)
    {
        ThrowIfInvalid(MemberIdProblem(memberId), nameof(memberId));
        return ConferenceOf(lineOwnerId: null, memberId);
    }

    /// <summary>
    /// The calls of the user's own line (or of <paramref name="lineOwnerId"/>'s) in the order they were
    /// added, in a conference or not; empty when there are none.
    /// </summary>
    /// <exception cref="ArgumentException">The line owner is blank.</exception>
    public IReadOnlyList<string> GetCalls(string? lineOwnerId = null)
    {
        ThrowIfInvalid(LineOwnerIdProblem(lineOwnerId), nameof(lineOwnerId));
        return CallsOf(lineOwnerId, memberId: null);
    }

    /// <summary>A member's calls in the order they were added, in a conference or not; empty when there are none.</summary>
    /// <exception cref="ArgumentException">The member ID is blank or <c>me</c>.</exception>
    public IReadOnlyList<string> GetMemberCalls(string memberId)
    {
        ThrowIfInvalid(MemberIdProblem(memberId), nameof(memberId));
        return CallsOf(lineOwnerId: null, memberId);
    }

    private SimulatedConferenceSnapshot? ConferenceOf(string? lineOwnerId, string? memberId)
    {
        lock (_gate)
        {
            return FindLine(lineOwnerId, memberId)?.Conference is { } conference
                ? new SimulatedConferenceSnapshot(
                    conference.State,
                    conference.Type,
                    conference.HostMuted,
                    conference.Appearance,
                    conference.Created,
                    [.. conference.Participants.Select(p => new SimulatedParticipantSnapshot(p.CallId, p.Muted, p.Deafened))])
                : null;
        }
    }

    private string[] CallsOf(string? lineOwnerId, string? memberId)
    {
        lock (_gate)
        {
            return FindLine(lineOwnerId, memberId)?.Calls.ToArray() ?? [];
        }
    }
}
