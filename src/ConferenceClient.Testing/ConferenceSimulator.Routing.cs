using System;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Testing;

// The API's paths: which operation a request asks for, and the order in which it is answered
// (journal, token, faults, then the operation).
public sealed partial class ConferenceSimulator
{
    private const string ApiRoot = "/v1/telephony/conference";

    private async Task<SimulatorAnswer> AnswerApiAsync(ReceivedRequest request, string trackingId)
    {
        var route = RouteOf(request.Method, request.Path);
        var entry = Record(route, request);
        var answer = await AnswerAsync(route, request).ConfigureAwait(false);
        Answered(entry, answer.Status, trackingId);
        return answer;
    }

    private async Task<SimulatorAnswer> AnswerAsync(SimulatedRoute? route, ReceivedRequest request)
    {
        if (request.BodyTooLarge)
        {
            return SimulatorAnswer.TooLarge;
        }

        // An unauthenticated request is refused before it can use up a fault meant for a real call.
        if (!request.IsAuthorizedBy(AccessToken))
        {
            return SimulatorAnswer.Unauthorized;
        }

        var fault = TakeFault(route?.Operation, out var holding);
        if (fault is SimulatedFault.DelayFault delay)
        {
            try
            {
                await Task.Delay(delay.Duration, holding).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return SimulatorAnswer.Error(503, "The simulator stopped or was reset while it held this answer.", 503000);
            }
        }

        return fault switch
        {
            SimulatedFault.StatusFault status => FaultAnswer(status),
            _ when route is null => PathAnswer(request),
            // The operation takes effect; only its answer is broken, as when a proxy cuts a response short.
            SimulatedFault.MalformedBodyFault => Handle(route.Value, request, future: false) with
            {
                Status = 200, Body = """{"state":"connected","participants":[{"callId":""", ErrorMessage = null,
            },
            _ => Handle(route.Value, request, future: fault is SimulatedFault.FutureDetailsFault),
        };
    }

    private static SimulatorAnswer PathAnswer(ReceivedRequest request) =>
        RouteOf("GET", request.Path) is not null || RouteOf("POST", request.Path) is not null || RouteOf("DELETE", request.Path) is not null
            ? SimulatorAnswer.Error(405, $"{request.Method} is not allowed on {request.Path}.", 405000)
            : SimulatorAnswer.Error(404, $"The URI {request.Path} does not exist.", 404000);

    // members/{memberId}/… and members/me/… are the same operations for another conference owner,
    // with "conference" for the root resource, plus the supervisor modes.
    private static SimulatedRoute? RouteOf(string method, string path)
    {
        if (!path.StartsWith(ApiRoot, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = path[ApiRoot.Length..];
        string? memberId = null;
        if (rest.StartsWith("/members/", StringComparison.Ordinal))
        {
            var owner = rest["/members/".Length..];
            var slash = owner.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0)
            {
                return null;
            }

            memberId = Uri.UnescapeDataString(owner[..slash]);
            rest = owner[slash..] == "/conference" ? string.Empty : owner[slash..];
        }

        SimulatedOperation? operation = (method.ToUpperInvariant(), rest) switch
        {
            ("GET", "") => SimulatedOperation.GetConferenceDetails,
            ("POST", "") => SimulatedOperation.StartConference,
            ("DELETE", "") => SimulatedOperation.ReleaseConference,
            ("POST", "/addParticipant") => SimulatedOperation.AddParticipant,
            ("POST", "/mute") => SimulatedOperation.Mute,
            ("POST", "/unmute") => SimulatedOperation.Unmute,
            ("POST", "/deafen") => SimulatedOperation.DeafenParticipant,
            ("POST", "/undeafen") => SimulatedOperation.UndeafenParticipant,
            ("POST", "/hold") => SimulatedOperation.Hold,
            ("POST", "/resume") => SimulatedOperation.Resume,
            ("POST", "/bargeIn") when memberId is not null => SimulatedOperation.BargeIn,
            ("POST", "/silentMonitor") when memberId is not null => SimulatedOperation.SilentMonitor,
            ("POST", "/supervisorCoach") when memberId is not null => SimulatedOperation.SupervisorCoach,
            _ => null,
        };

        // The bare root has no "conference" segment; the members paths have no bare root.
        return operation is null || (memberId is not null && rest.Length == 0 && !path.EndsWith("/conference", StringComparison.Ordinal))
            ? null
            : new SimulatedRoute(operation.Value, memberId);
    }
}
