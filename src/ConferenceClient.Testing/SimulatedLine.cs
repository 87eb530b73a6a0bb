using System;
using System.Collections.Generic;

namespace Webex.Calling.Conference.Testing;

/// <summary>The calls of one line (the user's own, or a line owner's) and its conference, if any.</summary>
internal sealed class SimulatedLine
{
    public HashSet<string> Calls { get; } = new(StringComparer.Ordinal);

    public SimulatedConference? Conference { get; set; }
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
