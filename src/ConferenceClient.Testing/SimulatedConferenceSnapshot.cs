using System;
using System.Collections.Generic;
using System.Linq;

namespace Webex.Calling.Conference.Testing;

/// <summary>
/// A line's or member's conference as the simulator holds it at one moment, read without a request
/// (see <see cref="ConferenceSimulator.GetConference"/>). It does not change with the simulator.
/// </summary>
/// <param name="State"><c>connected</c>, or <c>held</c> after a hold.</param>
/// <param name="Type">The supervisor mode (<c>bargeIn</c>, <c>silentMonitoring</c>, <c>coaching</c>); null for a standard conference.</param>
/// <param name="HostMuted">Whether the host is muted (a mute without a call ID).</param>
/// <param name="Appearance">The conference's appearance number on the device.</param>
/// <param name="Created">When the conference started.</param>
/// <param name="Participants">The participants' calls, in the order they joined.</param>
public sealed record SimulatedConferenceSnapshot(
    string State,
    string? Type,
    bool HostMuted,
    int Appearance,
    DateTimeOffset Created,
    IReadOnlyList<SimulatedParticipantSnapshot> Participants)
{
    /// <summary>The conference on one line, e.g. <c>connected conference 1 (host muted): c1 (muted), c2 (deafened), c3</c>.</summary>
    public override string ToString()
    {
        string[] flags = [.. Type is null ? [] : new[] { Type }, .. HostMuted ? new[] { "host muted" } : []];
        var participants = Participants.Select(p => p.Muted || p.Deafened
            ? $"{p.CallId} ({string.Join(", ", new[] { p.Muted ? "muted" : null, p.Deafened ? "deafened" : null }.OfType<string>())})"
            : p.CallId);
        return $"{State} conference {Appearance}{(flags.Length == 0 ? "" : $" ({string.Join(", ", flags)})")}: {string.Join(", ", participants)}";
    }
}

/// <summary>A participant of a <see cref="SimulatedConferenceSnapshot"/>.</summary>
/// <param name="CallId">The participant's call.</param>
/// <param name="Muted">Whether the participant is muted.</param>
/// <param name="Deafened">Whether the participant is deafened (hears nothing).</param>
public sealed record SimulatedParticipantSnapshot(string CallId, bool Muted, bool Deafened);
