using System;
using Microsoft.Extensions.Logging;

namespace Webex.Calling.Conference.Http;

/// <summary>
/// Every log line of the client. None takes a header or a body: the access token cannot reach a log.
/// </summary>
internal static partial class ConferenceLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug,
        Message = "{Operation} {Method} {Path} answered {Status} in {ElapsedMs:0} ms, tracking ID {TrackingId}")]
    public static partial void Call(ILogger logger, string operation, string method, string path, int status, double elapsedMs, string? trackingId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning,
        Message = "{Operation} is retried ({Reason}): attempt {Attempt} after {DelayMs:0} ms, tracking ID {TrackingId}")]
    public static partial void Retry(ILogger logger, string operation, string reason, int attempt, double delayMs, string? trackingId);

    // The level is the answer's: a 4xx is the caller's to judge (a 404 may be expected), a 5xx is an error.
    [LoggerMessage(EventId = 3,
        Message = "{Operation} {Method} {Path} failed with {Status} after {ElapsedMs:0} ms, tracking ID {TrackingId}")]
    public static partial void Failed(ILogger logger, LogLevel level, string operation, string method, string path, int status, double elapsedMs, string? trackingId);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information,
        Message = "{Operation} answered {Status} to a repeat after an attempt that may have acted: the earlier attempt did it, tracking ID {TrackingId}")]
    public static partial void Reconciled(ILogger logger, string operation, int status, string? trackingId);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error,
        Message = "{Operation} failed without an answer ({Reason}) after {ElapsedMs:0} ms, tracking ID {TrackingId}")]
    public static partial void Unanswered(ILogger logger, Exception? exception, string operation, string reason, double elapsedMs, string? trackingId);

    // Once per distinct drift and client: the answer was returned as received, so this is a note for
    // whoever keeps the client current, not a failure of the call.
    [LoggerMessage(EventId = 6, EventName = "ConferenceDrift", Level = LogLevel.Warning,
        Message = "{Operation}: Webex answered with {DriftKind} {DriftSubject}, which the client's spec does not describe; the answer was returned as received. Update the client, or report it if the newest one has the same spec")]
    public static partial void Drift(ILogger logger, string operation, string driftKind, string driftSubject);

    [LoggerMessage(EventId = 7, EventName = "ConferenceDriftLimit", Level = LogLevel.Warning,
        Message = "{Limit} distinct drifts from the spec were reported: this client reports no more")]
    public static partial void DriftLimitReached(ILogger logger, int limit);
}
