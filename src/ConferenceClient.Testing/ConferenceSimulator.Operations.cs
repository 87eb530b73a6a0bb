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

    private SimulatorAnswer Handle(SimulatedRoute route, ReceivedRequest request, bool future)
    {
        var operation = route.Operation;
        JsonObject body = [];
        if (HasBody(operation) && !JsonBody.TryReadObject(request.Body, out body))
        {
            return SimulatorAnswer.Error(400, "The request body is not a JSON object.", 400100);
        }

        if (!JsonBody.TryReadString(body, "callId", out var callId) || !JsonBody.TryReadString(body, "lineOwnerId", out var bodyLineOwner))
        {
            return SimulatorAnswer.Error(400, "callId and lineOwnerId must be strings.", 400101);
        }

        if (callId is not null && string.IsNullOrWhiteSpace(callId))
        {
            return SimulatorAnswer.Error(400, "callId cannot be empty.", 400103);
        }

        var queryLineOwner = request.QueryValue("lineOwnerId");
        if (IsBlank(queryLineOwner) || IsBlank(bodyLineOwner))
        {
            return SimulatorAnswer.Error(400, "lineOwnerId cannot be empty.", 400102);
        }

        // Each operation takes the line owner in one place only (or, for mute and deafen, nowhere);
        // the members paths take none at all.
        if (route.IsOtherMember ? queryLineOwner is not null || bodyLineOwner is not null
            : (queryLineOwner is not null && !TakesLineOwnerInQuery(operation)) || (bodyLineOwner is not null && !TakesLineOwnerInBody(operation)))
        {
            return SimulatorAnswer.Error(400, $"lineOwnerId is not accepted there by {operation}.", 400104);
        }

        lock (_gate)
        {
            if (route.IsOtherMember)
            {
                var member = MemberLine(route.MemberId!);
                return Perform(operation, body, callId, member, member, member, [member], future, ref _nextAppearance);
            }

            // The user's own paths and members/me share the user's lines; a participant is looked for in
            // the user's own conference first, then in the line owners' (see AddCall).
            return Perform(operation, body, callId, Line(queryLineOwner), Line(bodyLineOwner), Line(null), _lines.Values, future, ref _nextAppearance);
        }
    }

    // queryLine and bodyLine: the line the operation names where it takes a line owner; hostLine: the one a
    // host mute acts on; participantLines: where a participant's call ID is looked for.
    private static SimulatorAnswer Perform(
        SimulatedOperation operation, JsonObject body, string? callId, SimulatedLine queryLine, SimulatedLine bodyLine,
        SimulatedLine hostLine, IEnumerable<SimulatedLine> participantLines, bool future, ref int nextAppearance) => operation switch
    {
        SimulatedOperation.GetConferenceDetails => Details(queryLine.Conference, future),
        SimulatedOperation.StartConference => Start(body, bodyLine, ref nextAppearance),
        SimulatedOperation.ReleaseConference => Release(queryLine),
        SimulatedOperation.AddParticipant => AddParticipant(callId, bodyLine),
        SimulatedOperation.Mute => SetMuted(callId, muted: true, hostLine, participantLines),
        SimulatedOperation.Unmute => SetMuted(callId, muted: false, hostLine, participantLines),
        SimulatedOperation.DeafenParticipant => SetDeafened(callId, deafened: true, participantLines),
        SimulatedOperation.UndeafenParticipant => SetDeafened(callId, deafened: false, participantLines),
        SimulatedOperation.Hold => SetState(queryLine, "held"),
        SimulatedOperation.Resume => SetState(queryLine, "connected"),
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
        if (body["callIds"] is not JsonArray array || array.Any(id => id?.GetValueKind() != JsonValueKind.String))
        {
            return SimulatorAnswer.Error(400, "callIds must be an array of call IDs.", 400110);
        }

        var callIds = array.Select(id => id!.GetValue<string>()).Distinct(StringComparer.Ordinal).ToList();
        if (callIds.Count < 2)
        {
            return SimulatorAnswer.Error(400, "A minimum of two call IDs are required.", 400111);
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

    private static bool IsBlank(string? value) => value is not null && string.IsNullOrWhiteSpace(value);

    private static bool TakesLineOwnerInQuery(SimulatedOperation operation) => operation is
        SimulatedOperation.GetConferenceDetails or SimulatedOperation.ReleaseConference or SimulatedOperation.Hold or SimulatedOperation.Resume;

    private static bool TakesLineOwnerInBody(SimulatedOperation operation) => operation is
        SimulatedOperation.StartConference or SimulatedOperation.AddParticipant;

    private static bool HasBody(SimulatedOperation operation) => operation is
        SimulatedOperation.StartConference or SimulatedOperation.AddParticipant or SimulatedOperation.Mute or
        SimulatedOperation.Unmute or SimulatedOperation.DeafenParticipant or SimulatedOperation.UndeafenParticipant;
}
