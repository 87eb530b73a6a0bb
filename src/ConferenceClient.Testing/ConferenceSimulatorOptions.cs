namespace Webex.Calling.Conference.Testing;

/// <summary>How <see cref="ConferenceSimulator.Start(ConferenceSimulatorOptions)"/> starts a simulator.</summary>
public sealed class ConferenceSimulatorOptions
{
    /// <summary>The default of <see cref="JournalLimit"/>: 1,000 requests.</summary>
    public const int DefaultJournalLimit = 1000;

    /// <summary>The default of <see cref="JournalBodyLimit"/>: 4,096 bytes.</summary>
    public const int DefaultJournalBodyLimit = 4096;

    /// <summary>The only token the simulator accepts; a new random one when null.</summary>
    public string? AccessToken { get; set; }

    /// <summary>
    /// The loopback port to listen on; 0 (the default) for any free port. A port that is taken makes
    /// <c>Start</c> throw an <see cref="System.IO.IOException"/> that names it.
    /// </summary>
    public int Port { get; set; }

    /// <summary>
    /// The most requests the journal (<see cref="ConferenceSimulator.Requests"/>) keeps, at least 1;
    /// 1,000 by default. Once it is full each new request drops the oldest, counted in
    /// <see cref="ConferenceSimulator.DroppedRequests"/>, so a flood of requests cannot use up memory.
    /// </summary>
    public int JournalLimit { get; set; } = DefaultJournalLimit;

    /// <summary>
    /// The most bytes (UTF-8) of each request body the journal keeps, 0 or more; 4,096 by default. A longer
    /// body is journaled cut to a whole character within it, with <see cref="SimulatedRequest.BodyTruncated"/>
    /// set; the request itself is served whole. With <see cref="JournalLimit"/> it bounds the journal's
    /// bodies (4 MiB by default).
    /// </summary>
    public int JournalBodyLimit { get; set; } = DefaultJournalBodyLimit;

    /// <summary>The spec to serve; the one embedded in this build when null. For the kit's own tests of a changed spec.</summary>
    internal ApiSpec? Spec { get; set; }
}
