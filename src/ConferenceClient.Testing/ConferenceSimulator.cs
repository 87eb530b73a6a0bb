using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

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
    private readonly Dictionary<string, SimulatedLine> _memberLines = new(StringComparer.Ordinal);
    private readonly List<SimulatedRequest> _journal = [];
    private readonly List<(SimulatedFault Fault, SimulatedOperation? Operation)> _faults = [];
    private readonly CancellationTokenSource _stopping = new();
    private int _disposed;
    private int _nextAppearance = 1;

    private ConferenceSimulator(string accessToken)
    {
        AccessToken = accessToken;
        // Loopback only: a test double must not be reachable from the network.
        var root = $"http://127.0.0.1:{FreeLoopbackPort()}";
        _server = WireMockServer.Start(new WireMockServerSettings { Urls = [root] });
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(AnswerAsync));
        BaseAddress = new Uri(root + "/v1/");
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
            ThrowIfCallExists(callId);
            Line(lineOwnerId).Calls.Add(callId);
        }
    }

    /// <summary>
    /// Creates an existing call of a member of the organisation, for the <c>members/{memberId}</c>
    /// paths of a Service App; each member has a conference of its own.
    /// </summary>
    /// <exception cref="ArgumentException">The member or call ID is blank, or the call already exists.</exception>
    public void AddMemberCall(string memberId, string callId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        ArgumentException.ThrowIfNullOrWhiteSpace(callId);
        if (memberId == "me")
        {
            throw new ArgumentException("members/me is the user's own conference: use AddCall.", nameof(memberId));
        }

        lock (_gate)
        {
            ThrowIfCallExists(callId);
            MemberLine(memberId).Calls.Add(callId);
        }
    }

    private void ThrowIfCallExists(string callId)
    {
        if (_lines.Values.Concat(_memberLines.Values).Any(line => line.Calls.Contains(callId)))
        {
            throw new ArgumentException($"The call '{callId}' already exists.", nameof(callId));
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

    /// <summary>Stops the server; answers still held by a delay fault end at once.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stopping.Cancel();
        _server.Stop();
        _server.Dispose();
        _stopping.Dispose();
    }

    private async Task<IResponseMessage> AnswerAsync(IRequestMessage request)
    {
        var route = RouteOf(request.Method, RawPath(request));
        var operation = route?.Operation;
        var entry = Record(route, request);
        var authorized = IsAuthorized(request);
        // An unauthenticated request is refused before it can use up a fault meant for a real call.
        var fault = authorized ? TakeFault(operation) : null;
        if (fault is SimulatedFault.DelayFault delay)
        {
            try
            {
                await Task.Delay(delay.Duration, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return Answered(entry, SimulatorAnswer.Error(503, "The simulator is stopping.", 503000));
            }
        }

        var answer = fault switch
        {
            _ when !authorized => SimulatorAnswer.Error(401, "The request requires a valid access token set in the Authorization request header.", 401000),
            SimulatedFault.StatusFault status => FaultAnswer(status),
            _ when route is null => PathAnswer(request),
            // The operation takes effect; only its answer is broken, as when a proxy cuts a response short.
            SimulatedFault.MalformedBodyFault => Handle(route.Value, request, future: false) with
            {
                Status = 200, Body = """{"state":"connected","participants":[{"callId":""", ErrorMessage = null,
            },
            _ => Handle(route.Value, request, future: fault is SimulatedFault.FutureDetailsFault),
        };

        return Answered(entry, answer);
    }

    private SimulatedFault? TakeFault(SimulatedOperation? operation)
    {
        lock (_gate)
        {
            var index = _faults.FindIndex(f => (f.Operation ?? operation) == operation && AppliesTo(f.Fault, operation));
            if (index < 0)
            {
                return null;
            }

            var fault = _faults[index].Fault;
            _faults.RemoveAt(index);
            return fault;
        }
    }

    // Future details change only what details look like: other operations leave such a fault waiting.
    private static bool AppliesTo(SimulatedFault fault, SimulatedOperation? operation) =>
        fault is not SimulatedFault.FutureDetailsFault || operation == SimulatedOperation.GetConferenceDetails;

    private static SimulatorAnswer FaultAnswer(SimulatedFault.StatusFault fault)
    {
        var headers = fault.RetryAfter is { } wait
            ? new Dictionary<string, string> { ["Retry-After"] = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture) }
            : null;
        return SimulatorAnswer.Error(fault.Status, $"Injected fault: {fault.Status}.", fault.Status * 1000, headers);
    }

    private bool IsAuthorized(IRequestMessage request) =>
        HeaderOf(request, "Authorization") is { } authorization
        && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && authorization["Bearer ".Length..] == AccessToken;

    private static SimulatorAnswer PathAnswer(IRequestMessage request) =>
        RouteOf("GET", RawPath(request)) is not null || RouteOf("POST", RawPath(request)) is not null || RouteOf("DELETE", RawPath(request)) is not null
            ? SimulatorAnswer.Error(405, $"{request.Method} is not allowed on {request.Path}.", 405000)
            : SimulatorAnswer.Error(404, $"The URI {request.Path} does not exist.", 404000);

    // The path as sent, still escaped: a member ID may hold '/', '+' or '%', and is unescaped once below.
    private static string RawPath(IRequestMessage request) => new Uri(request.AbsoluteUrl).AbsolutePath;

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

    // Recorded on arrival, so the journal is in the order requests came in, even when answers are delayed.
    private int Record(SimulatedRoute? route, IRequestMessage request)
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
            _journal.Add(new SimulatedRequest(route?.Operation, route?.MemberId, request.Method, request.Path, query, request.Body, headers, Status: null, TrackingId: null));
            return _journal.Count - 1;
        }
    }

    private IResponseMessage Answered(int entry, SimulatorAnswer answer)
    {
        var trackingId = "ROUTER_SIM_" + Guid.NewGuid().ToString("N");
        lock (_gate)
        {
            _journal[entry] = _journal[entry] with { Status = answer.Status, TrackingId = trackingId };
        }

        return answer.ToResponse(trackingId);
    }

    private static int FreeLoopbackPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string? HeaderOf(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    private SimulatedLine MemberLine(string memberId)
    {
        if (!_memberLines.TryGetValue(memberId, out var line))
        {
            line = new SimulatedLine();
            _memberLines[memberId] = line;
        }

        return line;
    }

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
