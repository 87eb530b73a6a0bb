using System;
using System.Collections.Generic;

namespace Webex.Calling.Conference.Testing;

/// <summary>The calls of one line (the user's own, a line owner's or a member's) and its conference, if any.</summary>
internal sealed class SimulatedLine
{
    /// <summary>The line's calls, in the order they were added; a call ID is unique within its line.</summary>
    public List<string> Calls { get; } = [];

    public SimulatedConference? Conference { get; set; }

    public bool TryAddCall(string callId)
    {
        if (Calls.Contains(callId))
        {
            return false;
        }

        Calls.Add(callId);
        return true;
    }

    /// <summary>
    /// A call leaving: it is gone from the line and from the conference; a conference left with fewer
    /// than two participants ends, and its last call stays a call of the line. False for an unknown call.
    /// </summary>
    public bool HangUp(string callId)
    {
        if (!Calls.Remove(callId))
        {
            return false;
        }

        if (Conference is { } conference && conference.Participants.RemoveAll(p => p.CallId == callId) > 0 && conference.Participants.Count < 2)
        {
            Conference = null;
        }

        return true;
    }
}

/// <summary>A conference as the server keeps it.</summary>
internal sealed class SimulatedConference(DateTimeOffset created, int appearance)
{
    public string State { get; set; } = "connected";

    public DateTimeOffset Created { get; } = created;

    public int Appearance { get; } = appearance;

    public bool HostMuted { get; set; }

    /// <summary>The supervisor mode (bargeIn, silentMonitoring, coaching); null for a standard conference.</summary>
    public string? Type { get; set; }

    public List<SimulatedParticipant> Participants { get; } = [];

    public SimulatedParticipant? Find(string callId) => Participants.Find(p => p.CallId == callId);
}

/// <summary>A participant's call in a conference.</summary>
internal sealed class SimulatedParticipant(string callId)
{
    public string CallId { get; } = callId;

    public bool Muted { get; set; }

    public bool Deafened { get; set; }
}
