using System;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Testing;

// The API's paths, from the spec: which operation a request asks for, and the order in which it is
// answered (journal, token, faults, the spec's checks, then the operation).
public sealed partial class ConferenceSimulator
{
    private async Task<SimulatorAnswer> AnswerApiAsync(ReceivedRequest request, string trackingId)
    {
        var route = SpecRoute.Find(_spec, request.Method, request.Path);
        var entry = Record(route, request);
        var answer = await AnswerAsync(route, request).ConfigureAwait(false);
        Answered(entry, answer.Status, trackingId);
        return answer;
    }

    private async Task<SimulatorAnswer> AnswerAsync(SpecRoute route, ReceivedRequest request)
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

        var fault = TakeFault(route.Operation, out var holding);
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
            _ when route.Operation is null => route.PathExists
                ? SimulatorAnswer.Error(405, $"{request.Method} is not allowed on {request.Path}.", 405000)
                : SimulatorAnswer.Error(404, $"The URI {request.Path} does not exist.", 404000),
            // The operation takes effect; only its answer is broken, as when a proxy cuts a response short.
            SimulatedFault.MalformedBodyFault => Serve(route, request, future: false) with
            {
                Status = 200, Body = """{"state":"connected","participants":[{"callId":""", ErrorMessage = null,
            },
            SimulatedFault.UndocumentedStatusFault { IsSuccess: false } refusal => Refused(refusal),
            SimulatedFault.DriftFault drift => Drifted(Serve(route, request, future: false), drift),
            _ => Serve(route, request, future: fault is SimulatedFault.FutureDetailsFault),
        };
    }

    // The spec's checks first, as Webex refuses a bad request before it acts; then the operation's own
    // behaviour, or, for one the simulator has none for, its success status and nothing else.
    private SimulatorAnswer Serve(SpecRoute route, ReceivedRequest request, bool future)
    {
        var operation = route.Operation!;
        if (CheckedRequest.Check(operation, route, request, out var problem) is not { } received)
        {
            return SimulatorAnswer.Error(400, problem!, 400100);
        }

        return operation.Behaviour is { } behaviour
            ? Handle(behaviour, operation.Scope, received, future)
            : SimulatorAnswer.Success(operation.SuccessStatus, operation.SuccessSchema is { } schema ? SchemaInstance.Minimal(schema) : null);
    }
}
