using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.AspNetCore.Builder;

namespace Webex.Calling.Conference.Testing;

/// <summary>
/// A stateful fake of the Webex Calling Conference Controls API on loopback, for tests of code that
/// controls conferences. Add calls with <see cref="AddCall"/>, point a client at
/// <see cref="BaseAddress"/> with <see cref="AccessToken"/>, and it behaves like Webex: conferences per
/// line owner and member, Webex-shaped errors with tracking IDs, and the faults you inject. Tests in
/// other languages drive the same server over its control API under <c>/_simulator/</c>. Thread-safe.
/// </summary>
public sealed partial class ConferenceSimulator : IDisposable
{
    // The key of the user's own line among the lines.
    private const string OwnLine = "";

    private readonly object _gate = new();
    private readonly WebApplication _host;

    // What it serves: routes, checks and success statuses.
    private readonly ApiSpec _spec;

    // The user's own line first, then the line owners' lines in the order they were first named:
    // the order in which a participant's call ID is looked for.
    private readonly OrderedDictionary<string, SimulatedLine> _lines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SimulatedLine> _memberLines = new(StringComparer.Ordinal);
    private readonly int _journalLimit;
    private readonly int _journalBodyLimit;
    private readonly List<PendingFault> _faults = [];

    // Ends the answers a delay fault holds: replaced by Reset, cancelled by Dispose.
    private CancellationTokenSource _holding = new();
    // The oldest request first; a new queue on Reset, so the memory of a full one goes with it.
    private Queue<JournalEntry> _journal = new();
    private long _droppedRequests;
    private int _nextAppearance;
    private int _disposed;

    private ConferenceSimulator(ConferenceSimulatorOptions options, string accessToken, ApiSpec spec)
    {
        AccessToken = accessToken;
        _spec = spec;
        _journalLimit = options.JournalLimit;
        _journalBodyLimit = options.JournalBodyLimit;
        ClearState();
        _host = Host(options.Port);
        BaseAddress = new Uri(ListeningAddress(_host) + "/v1/");
        ControlAddress = new Uri(ListeningAddress(_host) + ControlRoot);
    }

    /// <summary>The API root to give a client, e.g. <c>http://127.0.0.1:5123/v1/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>
    /// The root of the control API, e.g. <c>http://127.0.0.1:5123/_simulator/</c>: this class's methods
    /// over HTTP, for tests in other languages.
    /// </summary>
    public Uri ControlAddress { get; }

    /// <summary>
    /// The only access token the simulator accepts, on the API and on the control API; any other, or
    /// none, is a 401.
    /// </summary>
    public string AccessToken { get; }

    /// <summary>Starts a simulator on a free loopback port, with a new random token.</summary>
    public static ConferenceSimulator Start() => Start(new ConferenceSimulatorOptions());

    /// <summary>Starts a simulator on a free loopback port.</summary>
    /// <param name="accessToken">The token to accept; a new random one when null.</param>
    /// <exception cref="ArgumentException">The token is empty or blank.</exception>
    public static ConferenceSimulator Start(string? accessToken) =>
        Start(new ConferenceSimulatorOptions { AccessToken = accessToken });

    /// <summary>Starts a simulator on loopback with these options.</summary>
    /// <exception cref="ArgumentException">The token is empty or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The port is not between 0 and 65535, the journal limit is under 1 or the journal body limit under 0.</exception>
    /// <exception cref="System.IO.IOException">The port is taken.</exception>
    public static ConferenceSimulator Start(ConferenceSimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.AccessToken is { } token)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(token, nameof(options.AccessToken));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(options.Port, nameof(options.Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, 65535, nameof(options.Port));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.JournalLimit, nameof(options.JournalLimit));
        ArgumentOutOfRangeException.ThrowIfNegative(options.JournalBodyLimit, nameof(options.JournalBodyLimit));
        return new(options, options.AccessToken ?? "sim-" + Guid.NewGuid().ToString("N"), options.Spec ?? ApiSpec.Served);
    }

    /// <summary>
    /// Makes this a fresh simulator again, at the same address with the same token: no calls, no
    /// conferences, no pending faults, an empty journal (its memory let go) and no dropped requests. Answers still held by a delay fault end at once
    /// with a 503 and stay out of the new journal.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The simulator is stopped.</exception>
    public void Reset()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        CancellationTokenSource held;
        lock (_gate)
        {
            held = _holding;
            _holding = new();
            ClearState();
        }

        held.Cancel();
        held.Dispose();
    }

    /// <summary>Stops the server; answers still held by a delay fault end at once.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        lock (_gate)
        {
            _holding.Cancel();
        }

        Stop(_host);
        EndWaits();
        lock (_gate)
        {
            _holding.Dispose();
        }
    }

    private void ClearState()
    {
        _lines.Clear();
        _lines.Add(OwnLine, new SimulatedLine());
        _memberLines.Clear();
        _journal = new();
        _droppedRequests = 0;
        _faults.Clear();
        _nextAppearance = 1;
    }
}
