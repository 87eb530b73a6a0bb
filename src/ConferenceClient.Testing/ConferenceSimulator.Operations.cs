using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Webex.Calling.Conference.Testing;

// What the server does for each operation, on the state of the lines.
public sealed partial class ConferenceSimulator
{
    private static readonly SimulatorAnswer NoConference = SimulatorAnswer.Error(404, "There is no conference.", 404100);

    private SimulatorAnswer Handle(SimulatedOperation operation, OperationScope scope, CheckedRequest request, bool future)
    {
        // The spec's checks have put lineOwnerId only where the operation takes it, in the query or the body.
        var callId = request.Text("callId");
        lock (_gate)
        {
            if (scope == OperationScope.Member)
            {
                var member = MemberLine(request.PathValues["memberId"]);
                return Perform(operation, request.Body, callId, member, member, [member], future, ref _nextAppearance);
            }

            // The user's own paths and members/me share the user's lines; a participant is looked for in
            // the user's own conference first, then in the line owners' (see AddCall).
            return Perform(operation, request.Body, callId, Line(request.Text("lineOwnerId")), Line(null), _lines.Values, future, ref _nextAppearance);
        }
    }

    // line: the line the operation names (its line owner's, or the user's own); hostLine: the one a host
    // mute acts on; participantLines: where a participant's call ID is looked for.
    private static SimulatorAnswer Perform(
        SimulatedOperation operation, JsonObject body, string? callId, SimulatedLine line,
        SimulatedLine hostLine, IEnumerable<SimulatedLine> participantLines, bool future, ref int nextAppearance) => operation switch
    {
        SimulatedOperation.GetConferenceDetails => Details(line.Conference, future),
        SimulatedOperation.StartConference => Start(body, line, ref nextAppearance),
        SimulatedOperation.ReleaseConference => Release(line),
        SimulatedOperation.AddParticipant => AddParticipant(callId, line),
        SimulatedOperation.Mute => SetMuted(callId, muted: true, hostLine, participantLines),
        SimulatedOperation.Unmute => SetMuted(callId, muted: false, hostLine, participantLines),
        SimulatedOperation.DeafenParticipant => SetDeafened(callId, deafened: true, participantLines),
        SimulatedOperation.UndeafenParticipant => SetDeafened(callId, deafened: false, participantLines),
        SimulatedOperation.Hold => SetState(line, "held"),
        SimulatedOperation.Resume => SetState(line, "connected"),
        SimulatedOperation.BargeIn => SetType(hostLine, "bargeIn"),
        SimulatedOperation.SilentMonitor => SetType(hostLine, "silentMonitoring"),
        SimulatedOperation.SupervisorCoach => SetType(hostLine, "coaching"),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    private static SimulatorAnswer Details(SimulatedConference? conference, bool future)
    {
        if (conference is null)
        {
            return SimulatorAnswer.Json(new JsonObject());
        }

        var details = new JsonObject
        {
            ["state"] = conference.State,
            ["appearance"] = conference.Appearance,
            ["created"] = conference.Created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["muted"] = conference.HostMuted,
            ["participants"] = new JsonArray([.. conference.Participants.Select(p => (JsonNode)new JsonObject
            {
                ["callId"] = p.CallId,
                ["muted"] = p.Muted,
                ["deafened"] = p.Deafened,
            })]),
        };

        if (conference.Type is { } type)
        {
            details["type"] = type;
        }

        if (future)
        {
            // What a newer Webex might send: enum values and fields this version of the API does not list.
            details["state"] = "transferring";
            details["type"] = "whisperCoaching";
            details["recording"] = new JsonObject { ["enabled"] = true, ["since"] = details["created"]!.GetValue<string>() };
            foreach (var participant in details["participants"]!.AsArray())
            {
                participant!["role"] = "agent";
            }
        }

        return SimulatorAnswer.Json(details);
    }

    private static SimulatorAnswer Start(JsonObject body, SimulatedLine line, ref int nextAppearance)
    {
        // The spec's checks made callIds an array of IDs; the same call twice is still one participant.
        var callIds = (body["callIds"] as JsonArray ?? []).Select(id => id!.GetValue<string>()).Distinct(StringComparer.Ordinal).ToList();
        if (callIds.Count < 2)
        {
            return SimulatorAnswer.Error(400, "A minimum of two distinct call IDs are required.", 400111);
        }

        if (callIds.Find(id => !line.Calls.Contains(id)) is { } unknown)
        {
            return UnknownCall(unknown);
        }

        if (line.Conference is not null)
        {
            return SimulatorAnswer.Error(409, "A conference already exists on this line.", 409110);
        }

        line.Conference = new SimulatedConference(DateTimeOffset.UtcNow, nextAppearance++);
        line.Conference.Participants.AddRange(callIds.Select(id => new SimulatedParticipant(id)));
        return SimulatorAnswer.NoContent;
    }

    private static SimulatorAnswer Release(SimulatedLine line)
    {
        if (line.Conference is not { } conference)
        {
            return NoConference;
        }

        // Releasing ends the host and every participant: their calls are gone.
        line.Calls.RemoveAll(callId => conference.Find(callId) is not null);
        line.Conference = null;
        return SimulatorAnswer.NoContent;
    }

    private static SimulatorAnswer AddParticipant(string? callId, SimulatedLine line)
    {
        if (callId is null)
        {
            return SimulatorAnswer.Error(400, "callId is required.", 400120);
        }

        if (line.Conference is not { } conference)
        {
            return NoConference;
        }

        if (!line.Calls.Contains(callId))
        {
            return UnknownCall(callId);
        }

        if (conference.Find(callId) is not null)
        {
            return SimulatorAnswer.Error(409, $"The call {callId} is already in the conference.", 409120);
        }

        conference.Participants.Add(new SimulatedParticipant(callId));
        return SimulatorAnswer.NoContent;
    }

    // Without a call ID, mute acts on the host: of the user's own conference (the API takes no line
    // owner here), or of the member's.
    private static SimulatorAnswer SetMuted(string? callId, bool muted, SimulatedLine hostLine, IEnumerable<SimulatedLine> participantLines)
    {
        if (callId is null)
        {
            if (hostLine.Conference is not { } own)
            {
                return NoConference;
            }

            own.HostMuted = muted;
            return SimulatorAnswer.NoContent;
        }

        if (ParticipantOf(callId, participantLines) is not { } participant)
        {
            return UnknownCall(callId);
        }

        participant.Muted = muted;
        return SimulatorAnswer.NoContent;
    }

    private static SimulatorAnswer SetDeafened(string? callId, bool deafened, IEnumerable<SimulatedLine> participantLines)
    {
        if (callId is null)
        {
            return SimulatorAnswer.Error(400, "callId is required.", 400130);
        }

        if (ParticipantOf(callId, participantLines) is not { } participant)
        {
            return UnknownCall(callId);
        }

        participant.Deafened = deafened;
        return SimulatorAnswer.NoContent;
    }

    private static SimulatorAnswer SetState(SimulatedLine line, string state)
    {
        if (line.Conference is not { } conference)
        {
            return NoConference;
        }

        conference.State = state;
        return SimulatorAnswer.NoContent;
    }

    // A supervisor mode changes the conference type of the host's conference.
    private static SimulatorAnswer SetType(SimulatedLine line, string type)
    {
        if (line.Conference is not { } conference)
        {
            return NoConference;
        }

        conference.Type = type;
        return SimulatorAnswer.NoContent;
    }

    private static SimulatedParticipant? ParticipantOf(string callId, IEnumerable<SimulatedLine> lines) =>
        lines.Select(line => line.Conference?.Find(callId)).FirstOrDefault(p => p is not null);

    private static SimulatorAnswer UnknownCall(string callId) =>
        SimulatorAnswer.Error(404, $"The call {callId} was not found.", 404110);
}
