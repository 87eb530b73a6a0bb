using System;
using System.Collections.Generic;

namespace Webex.Calling.Conference.Testing;

// The calls on the lines: created and hung up by the test, as Webex would see them come and go.
public sealed partial class ConferenceSimulator
{
    /// <summary>
    /// Creates an existing call of the user, on the user's own line or on the line of
    /// <paramref name="lineOwnerId"/>; conference operations accept only calls created here.
    /// </summary>
    /// <remarks>
    /// A call ID is unique within its line only: the same ID may exist on the user's own line, on each
    /// line owner's line and on each member's. Mute, unmute, deafen and undeafen take no line owner: on
    /// the user's own paths and <c>members/me</c> they look for the call in the user's own conference
    /// first, then in the line owners' conferences in the order the line owners were first named (here
    /// or in a request). A member's operations look only in that member's conference.
    /// </remarks>
    /// <exception cref="ArgumentException">The call ID is blank or already on that line, or the line owner is blank.</exception>
    public void AddCall(string callId, string? lineOwnerId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(callId);
        ThrowIfInvalid(LineOwnerIdProblem(lineOwnerId), nameof(lineOwnerId));
        if (!TryAddCall(callId, lineOwnerId, memberId: null))
        {
            throw AlreadyOnTheLine(callId);
        }
    }

    /// <summary>
    /// Creates an existing call of a member of the organisation, for the <c>members/{memberId}</c>
    /// paths of a Service App; each member has a line and a conference of its own.
    /// </summary>
    /// <exception cref="ArgumentException">The member or call ID is blank, the member is <c>me</c>, or the call is already the member's.</exception>
    public void AddMemberCall(string memberId, string callId)
    {
        ThrowIfInvalid(MemberIdProblem(memberId), nameof(memberId));
        ArgumentException.ThrowIfNullOrWhiteSpace(callId);
        if (!TryAddCall(callId, lineOwnerId: null, memberId))
        {
            throw AlreadyOnTheLine(callId);
        }
    }

    /// <summary>
    /// Hangs up a call of the user's own line (or of <paramref name="lineOwnerId"/>'s), as Webex shows a
    /// party leaving: the call is gone from the line; if it was in the line's conference it leaves it;
    /// a conference left with fewer than two participants ends (details are <c>{}</c> afterwards), and
    /// its remaining call stays a call of the line.
    /// </summary>
    /// <exception cref="ArgumentException">The call is not on that line, or an ID is blank.</exception>
    public void HangUp(string callId, string? lineOwnerId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(callId);
        ThrowIfInvalid(LineOwnerIdProblem(lineOwnerId), nameof(lineOwnerId));
        if (!TryHangUp(callId, lineOwnerId, memberId: null))
        {
            throw NotOnTheLine(callId);
        }
    }

    /// <summary>Hangs up a call of a member, as <see cref="HangUp"/> does on the user's lines.</summary>
    /// <exception cref="ArgumentException">The call is not the member's, an ID is blank, or the member is <c>me</c>.</exception>
    public void HangUpMemberCall(string memberId, string callId)
    {
        ThrowIfInvalid(MemberIdProblem(memberId), nameof(memberId));
        ArgumentException.ThrowIfNullOrWhiteSpace(callId);
        if (!TryHangUp(callId, lineOwnerId: null, memberId))
        {
            throw NotOnTheLine(callId);
        }
    }

    // Adding and hanging up, for the methods (which throw) and the control API (a 409 or 404 answer).
    private bool TryAddCall(string callId, string? lineOwnerId, string? memberId)
    {
        lock (_gate)
        {
            return (memberId is null ? Line(lineOwnerId) : MemberLine(memberId)).TryAddCall(callId);
        }
    }

    private bool TryHangUp(string callId, string? lineOwnerId, string? memberId)
    {
        lock (_gate)
        {
            return FindLine(lineOwnerId, memberId)?.HangUp(callId) == true;
        }
    }

    // The rules on line owner and member IDs, said once for the methods (which throw) and the control API (a 400).
    private static string? LineOwnerIdProblem(string? lineOwnerId) =>
        lineOwnerId is not null && string.IsNullOrWhiteSpace(lineOwnerId) ? "lineOwnerId cannot be empty or blank." : null;

    private static string? MemberIdProblem(string? memberId) =>
        string.IsNullOrWhiteSpace(memberId) ? "memberId cannot be empty or blank."
        : memberId == "me" ? "members/me is the user's own line, not a member's: name no member for it."
        : null;

    private static void ThrowIfInvalid(string? problem, string parameter)
    {
        if (problem is not null)
        {
            throw new ArgumentException(problem, parameter);
        }
    }

    private static ArgumentException AlreadyOnTheLine(string callId) =>
        new($"The call '{callId}' is already on that line.", nameof(callId));

    private static ArgumentException NotOnTheLine(string callId) =>
        new($"The call '{callId}' is not on that line.", nameof(callId));

    private SimulatedLine Line(string? lineOwnerId) => LineIn(_lines, lineOwnerId ?? OwnLine);

    private SimulatedLine MemberLine(string memberId) => LineIn(_memberLines, memberId);

    // Reading never creates a line, so it does not change the order in which lines are searched.
    private SimulatedLine? FindLine(string? lineOwnerId, string? memberId) =>
        memberId is not null ? _memberLines.GetValueOrDefault(memberId) : _lines.GetValueOrDefault(lineOwnerId ?? OwnLine);

    private static SimulatedLine LineIn(IDictionary<string, SimulatedLine> lines, string key)
    {
        if (!lines.TryGetValue(key, out var line))
        {
            line = new SimulatedLine();
            lines[key] = line;
        }

        return line;
    }
}
