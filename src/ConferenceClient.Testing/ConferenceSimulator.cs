using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Webex.Calling.Conference.Testing;

/// <summary>
/// A stateful, in-process fake of the Webex Calling Conference Controls API on loopback, for tests of
/// code that controls conferences. Add calls with <see cref="AddCall"/>, point a client at
/// <see cref="BaseAddress"/> with <see cref="AccessToken"/>, and it behaves like Webex: conferences per
/// line owner, Webex-shaped errors with tracking IDs, and the faults you inject. Thread-safe.
/// </summary>
public sealed partial class ConferenceSimulator : IDisposable
{
    private const string ApiRoot = "/v1/telephony/conference";

    private readonly object _gate = new();
    private readonly WireMockServer _server;
    private readonly Dictionary<string, SimulatedLine> _lines = new(StringComparer.Ordinal);
    private readonly List<SimulatedRequest> _journal = [];
    private readonly List<(SimulatedFault Fault, SimulatedOperation? Operation)> _faults = [];
    private int _nextAppearance = 1;

    private ConferenceSimulator(string accessToken)
    {
        AccessToken = accessToken;
        _server = WireMockServer.Start();
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(AnswerAsync));
        BaseAddress = new Uri(_server.Url + "/v1/");
    }

    /// <summary>The API root to give a client, e.g. <c>http://127.0.0.1:5123/v1/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The only access token the simulator accepts; any other, or none, is a 401.</summary>
    public string AccessToken { get; }

    /// <summary>Every request received so far, in order, with the status it got.</summary>
    public IReadOnlyList<SimulatedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _journal];
            }
        }
    }

    /// <summary>Starts a simulator on a free loopback port.</summary>
    /// <param name="accessToken">The token to accept; a new random one when null.</param>
    public static ConferenceSimulator Start(string? accessToken = null) =>
        new(accessToken ?? "sim-" + Guid.NewGuid().ToString("N"));

    /// <summary>
    /// Creates an existing call of the user, on the user's own line or on the line of
    /// <paramref name="lineOwnerId"/>; conference operations accept only calls created here.
    /// </summary>
    /// <exception cref="ArgumentException">The call ID is blank or already exists.</exception>
    public void AddCall(string callId, string? lineOwnerId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(callId);
        lock (_gate)
        {
            if (_lines.Values.Any(line => line.Calls.Contains(callId)))
            {
                throw new ArgumentException($"The call '{callId}' already exists.", nameof(callId));
            }

            Line(lineOwnerId).Calls.Add(callId);
        }
    }

    /// <summary>
    /// Makes the next <paramref name="times"/> requests (of <paramref name="operation"/> only, when given)
    /// answer with <paramref name="fault"/>. Faults queue up and are used in the order injected.
    /// </summary>
    public void InjectFault(SimulatedFault fault, int times = 1, SimulatedOperation? operation = null)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        lock (_gate)
        {
            for (var i = 0; i < times; i++)
            {
                _faults.Add((fault, operation));
            }
        }
    }

    /// <summary>Stops the server.</summary>
    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }

    private async Task<IResponseMessage> AnswerAsync(IRequestMessage request)
    {
        var operation = OperationOf(request.Method, request.Path);
        var fault = TakeFault(operation);
        if (fault is SimulatedFault.DelayFault delay)
        {
            await Task.Delay(delay.Duration).ConfigureAwait(false);
        }

        var answer = fault switch
        {
            SimulatedFault.StatusFault status => FaultAnswer(status),
            SimulatedFault.MalformedBodyFault => new SimulatorAnswer(200, """{"state":"connected","participants":[{"callId":"""),
            _ when !IsAuthorized(request) => SimulatorAnswer.Error(401, "The request requires a valid access token set in the Authorization request header.", 401000),
            _ when operation is null => PathAnswer(request),
            _ => Handle(operation.Value, request, future: fault is SimulatedFault.FutureDetailsFault),
        };

        var trackingId = "ROUTER_SIM_" + Guid.NewGuid().ToString("N");
        Record(operation, request, answer.Status, trackingId);
        return answer.ToResponse(trackingId);
    }

    private SimulatedFault? TakeFault(SimulatedOperation? operation)
    {
        lock (_gate)
        {
            var index = _faults.FindIndex(f => f.Operation is null || f.Operation == operation);
            if (index < 0)
            {
                return null;
            }

            var fault = _faults[index].Fault;
            _faults.RemoveAt(index);
            return fault;
        }
    }

    private static SimulatorAnswer FaultAnswer(SimulatedFault.StatusFault fault)
    {
        var headers = fault.RetryAfter is { } wait
            ? new Dictionary<string, string> { ["Retry-After"] = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture) }
            : null;
        return SimulatorAnswer.Error(fault.Status, $"Injected fault: {fault.Status}.", fault.Status * 1000, headers);
    }

    private bool IsAuthorized(IRequestMessage request) =>
        HeaderOf(request, "Authorization") == "Bearer " + AccessToken;

    private static SimulatorAnswer PathAnswer(IRequestMessage request) =>
        OperationOf("GET", request.Path) is not null || OperationOf("POST", request.Path) is not null || OperationOf("DELETE", request.Path) is not null
            ? SimulatorAnswer.Error(405, $"{request.Method} is not allowed on {request.Path}.", 405000)
            : SimulatorAnswer.Error(404, $"The URI {request.Path} does not exist.", 404000);

    private static SimulatedOperation? OperationOf(string method, string path) => (method.ToUpperInvariant(), path) switch
    {
        ("GET", ApiRoot) => SimulatedOperation.GetConferenceDetails,
        ("POST", ApiRoot) => SimulatedOperation.StartConference,
        ("DELETE", ApiRoot) => SimulatedOperation.ReleaseConference,
        ("POST", ApiRoot + "/addParticipant") => SimulatedOperation.AddParticipant,
        ("POST", ApiRoot + "/mute") => SimulatedOperation.Mute,
        ("POST", ApiRoot + "/unmute") => SimulatedOperation.Unmute,
        ("POST", ApiRoot + "/deafen") => SimulatedOperation.DeafenParticipant,
        ("POST", ApiRoot + "/undeafen") => SimulatedOperation.UndeafenParticipant,
        ("POST", ApiRoot + "/hold") => SimulatedOperation.Hold,
        ("POST", ApiRoot + "/resume") => SimulatedOperation.Resume,
        _ => null,
    };

    private void Record(SimulatedOperation? operation, IRequestMessage request, int status, string trackingId)
    {
        var query = (request.Query ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
            .ToDictionary(q => q.Key, q => string.Join(",", q.Value), StringComparer.Ordinal);
        var headers = (request.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
            .ToDictionary(
                h => h.Key,
                h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase) ? "Bearer ***" : string.Join(",", h.Value),
                StringComparer.OrdinalIgnoreCase);
        lock (_gate)
        {
            _journal.Add(new SimulatedRequest(operation, request.Method, request.Path, query, request.Body, headers, status, trackingId));
        }
    }

    private static string? HeaderOf(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    private SimulatedLine Line(string? lineOwnerId)
    {
        var key = lineOwnerId ?? string.Empty;
        if (!_lines.TryGetValue(key, out var line))
        {
            line = new SimulatedLine();
            _lines[key] = line;
        }

        return line;
    }
}
