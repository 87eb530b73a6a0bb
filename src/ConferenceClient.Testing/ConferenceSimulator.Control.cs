using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Webex.Calling.Conference.Testing;

// The control API under /_simulator/: this class's methods over HTTP, for tests in any language. It takes
// the API's token, answers errors as Webex does, and stays out of the journal.
public sealed partial class ConferenceSimulator
{
    private const string ControlRoot = "/_simulator/";
    private const string DroppedRequestsHeader = "Dropped-Requests";

    // camelCase like the API, and no \u escapes of '+' or '"', so the answers read well in a terminal.
    private static readonly JsonSerializerOptions ControlJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
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

        var path = request.Path.Length > ControlRoot.Length ? request.Path[ControlRoot.Length..] : string.Empty;
        var (resource, callId) = path.Split('/') switch
        {
            ["calls", var escaped] when escaped.Length > 0 => ("calls/{callId}", Uri.UnescapeDataString(escaped)),
            _ => (path, null),
        };
        return (request.Method.ToUpperInvariant(), resource) switch
        {
            ("GET", "calls") => ForLine(request, (lineOwnerId, memberId) => ControlAnswer(CallsOf(lineOwnerId, memberId))),
            ("POST", "calls") => ControlAddCall(request),
            ("DELETE", "calls/{callId}") => ForLine(request, (lineOwnerId, memberId) => ControlHangUp(callId!, lineOwnerId, memberId)),
            ("GET", "conference") => ForLine(request, (lineOwnerId, memberId) => ControlAnswer((object?)ConferenceOf(lineOwnerId, memberId) ?? new JsonObject())),
            ("GET", "faults") => ControlAnswer(PendingFaults.Select(ControlFaults.ToJson)),
            ("POST", "faults") => ControlInjectFault(request),
            ("DELETE", "faults") => Done(ClearFaults),
            ("GET", "requests") => ControlJournal(),
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
        if (JsonBody.ReadObject(request, out var body) is { } malformed)
        {
            return ControlError(400, malformed);
        }

        if (JsonBody.UnknownField(body, CallFields) is not null
            || !JsonBody.TryReadString(body, "callId", out var callId) || !JsonBody.TryReadString(body, "lineOwnerId", out var lineOwnerId)
            || !JsonBody.TryReadString(body, "memberId", out var memberId))
        {
            return ControlError(400, """The body must be {"callId":"…"}, with "lineOwnerId" or "memberId" when the call is not on the user's own line.""");
        }

        if (string.IsNullOrWhiteSpace(callId))
        {
            return ControlError(400, "callId cannot be missing, empty or blank.");
        }

        if (LineProblem(lineOwnerId, memberId) is { } problem)
        {
            return ControlError(400, problem);
        }

        if (!TryAddCall(callId, lineOwnerId, memberId))
        {
            return ControlError(409, $"The call {callId} is already on that line.");
        }

        return ControlAnswer(new JsonObject { ["callId"] = callId, ["lineOwnerId"] = lineOwnerId, ["memberId"] = memberId }, status: 201);
    }

    private SimulatorAnswer ControlHangUp(string callId, string? lineOwnerId, string? memberId) =>
        TryHangUp(callId, lineOwnerId, memberId) ? SimulatorAnswer.NoContent : ControlError(404, $"The call {callId} is not on that line.");

    private SimulatorAnswer ControlInjectFault(ReceivedRequest request)
    {
        if (JsonBody.ReadObject(request, out var body) is { } malformed)
        {
            return ControlError(400, malformed);
        }

        if ((ControlFaults.TryRead(body, _spec.Operations.Select(o => o.Name), out var pending) ?? FitProblem(pending!.Fault, pending.Operation)) is { } problem)
        {
            return ControlError(400, problem);
        }

        Queue(pending!.Fault, pending.Times, pending.Operation);
        return ControlAnswer(ControlFaults.ToJson(pending), status: 201);
    }

    // The array is Requests; how many the journal dropped goes in a header, so the answer stays an array.
    private SimulatorAnswer ControlJournal()
    {
        SimulatedRequest[] journal;
        long dropped;
        lock (_gate)
        {
            (journal, dropped) = (JournalNow(), _droppedRequests);
        }

        return ControlAnswer(journal) with
        {
            ExtraHeaders = new Dictionary<string, string> { [DroppedRequestsHeader] = dropped.ToString(CultureInfo.InvariantCulture) },
        };
    }

    private static string? LineProblem(string? lineOwnerId, string? memberId) =>
        lineOwnerId is not null && memberId is not null ? "Name lineOwnerId or memberId, not both."
        : memberId is not null ? MemberIdProblem(memberId)
        : LineOwnerIdProblem(lineOwnerId);

    private static SimulatorAnswer ControlAnswer(object value, int status = 200) => new(status, JsonSerializer.Serialize(value, ControlJson));

    private static SimulatorAnswer ControlError(int status, string message) => SimulatorAnswer.Error(status, message, status * 1000);
}
