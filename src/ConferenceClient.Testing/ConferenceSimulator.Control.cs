using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Webex.Calling.Conference.Testing;

// The control API under /_simulator/: this class's methods over HTTP, for tests in any language. It takes
// the API's token, answers errors as Webex does, and stays out of the journal.
public sealed partial class ConferenceSimulator
{
    private const string ControlRoot = "/_simulator/";

    private static readonly JsonSerializerOptions ControlJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static readonly string[] CallFields = ["callId", "lineOwnerId", "memberId"];

    private static bool IsControlPath(string path) =>
        path.StartsWith(ControlRoot, StringComparison.Ordinal) || path == ControlRoot.TrimEnd('/');

    private SimulatorAnswer AnswerControl(ReceivedRequest request)
    {
        if (request.BodyTooLarge)
        {
            return SimulatorAnswer.TooLarge;
        }

        if (!request.IsAuthorizedBy(AccessToken))
        {
            return SimulatorAnswer.Unauthorized;
        }

        var resource = request.Path.Length > ControlRoot.Length ? request.Path[ControlRoot.Length..] : string.Empty;
        var callId = resource.StartsWith("calls/", StringComparison.Ordinal) && resource.IndexOf('/', "calls/".Length) < 0 && resource.Length > "calls/".Length
            ? Uri.UnescapeDataString(resource["calls/".Length..])
            : null;
        return (request.Method.ToUpperInvariant(), callId is null ? resource : "calls/{callId}") switch
        {
            ("GET", "calls") => ForLine(request, (lineOwnerId, memberId) => SimulatorAnswer.Json(JsonSerializer.SerializeToNode(CallsOf(lineOwnerId, memberId), ControlJson)!)),
            ("POST", "calls") => ControlAddCall(request),
            ("DELETE", "calls/{callId}") => ForLine(request, (lineOwnerId, memberId) => ControlHangUp(callId!, lineOwnerId, memberId)),
            ("GET", "conference") => ForLine(request, (lineOwnerId, memberId) =>
                SimulatorAnswer.Json(JsonSerializer.SerializeToNode(ConferenceOf(lineOwnerId, memberId), ControlJson) ?? new JsonObject())),
            ("GET", "faults") => SimulatorAnswer.Json(new JsonArray([.. PendingFaults.Select(f => (JsonNode)ControlFaults.ToJson(f))])),
            ("POST", "faults") => ControlInjectFault(request),
            ("DELETE", "faults") => Done(ClearFaults),
            ("GET", "requests") => SimulatorAnswer.Json(JsonSerializer.SerializeToNode(Requests, ControlJson)!),
            ("POST", "reset") => Done(Reset),
            (_, "calls" or "calls/{callId}" or "conference" or "faults" or "requests" or "reset") =>
                ControlError(405, $"{request.Method} is not allowed on {request.Path}."),
            _ => ControlError(404, $"The URI {request.Path} does not exist."),
        };
    }

    private static SimulatorAnswer Done(Action action)
    {
        action();
        return SimulatorAnswer.NoContent;
    }

    // The line a control request names in its query: lineOwnerId, memberId, or neither for the user's own.
    private static SimulatorAnswer ForLine(ReceivedRequest request, Func<string?, string?, SimulatorAnswer> answer)
    {
        var lineOwnerId = request.QueryValue("lineOwnerId");
        var memberId = request.QueryValue("memberId");
        return LineProblem(lineOwnerId, memberId) is { } problem ? ControlError(400, problem) : answer(lineOwnerId, memberId);
    }

    private SimulatorAnswer ControlAddCall(ReceivedRequest request)
    {
        if (!JsonBody.TryReadObject(request.Body, out var body) || JsonBody.UnknownField(body, CallFields) is not null
            || !JsonBody.TryReadString(body, "callId", out var callId) || !JsonBody.TryReadString(body, "lineOwnerId", out var lineOwnerId)
            || !JsonBody.TryReadString(body, "memberId", out var memberId))
        {
            return ControlError(400, """The body must be {"callId":"…"}, with "lineOwnerId" or "memberId" when the call is not on the user's own line.""");
        }

        if (string.IsNullOrWhiteSpace(callId) || LineProblem(lineOwnerId, memberId) is not null)
        {
            return ControlError(400, LineProblem(lineOwnerId, memberId) ?? "callId cannot be missing, empty or blank.");
        }

        lock (_gate)
        {
            if (!(memberId is null ? Line(lineOwnerId) : MemberLine(memberId)).TryAddCall(callId))
            {
                return ControlError(409, $"The call {callId} is already on that line.");
            }
        }

        return SimulatorAnswer.Json(new JsonObject { ["callId"] = callId, ["lineOwnerId"] = lineOwnerId, ["memberId"] = memberId }, status: 201);
    }

    private SimulatorAnswer ControlHangUp(string callId, string? lineOwnerId, string? memberId)
    {
        lock (_gate)
        {
            return FindLine(lineOwnerId, memberId)?.HangUp(callId) == true
                ? SimulatorAnswer.NoContent
                : ControlError(404, $"The call {callId} is not on that line.");
        }
    }

    private SimulatorAnswer ControlInjectFault(ReceivedRequest request)
    {
        if (!JsonBody.TryReadObject(request.Body, out var body) || request.Body is null)
        {
            return ControlError(400, "The body must be a JSON object.");
        }

        if (ControlFaults.TryRead(body, out var pending, out var times) is { } problem)
        {
            return ControlError(400, problem);
        }

        InjectFault(pending!.Fault, times, pending.Operation);
        return SimulatorAnswer.Json(ControlFaults.ToJson(pending, times), status: 201);
    }

    private static string? LineProblem(string? lineOwnerId, string? memberId) =>
        lineOwnerId is not null && memberId is not null ? "Name lineOwnerId or memberId, not both."
        : memberId is not null ? MemberIdProblem(memberId)
        : LineOwnerIdProblem(lineOwnerId);

    private static SimulatorAnswer ControlError(int status, string message) => SimulatorAnswer.Error(status, message, status * 1000);
}
