using System.Diagnostics;
using System.Net.Http;

namespace Webex.Calling.Conference.Http;

/// <summary>
/// The client's ActivitySource and the names of its tags: OpenTelemetry's HTTP client conventions where
/// they fit, <c>webex.*</c> for the rest. No tag ever holds the token, a line owner or a member ID: the
/// route is its template, never the path, and the query (with <c>lineOwnerId</c>) is never tagged.
/// </summary>
internal static class ConferenceTelemetry
{
    public static readonly ActivitySource Source = new(ConferenceControlsClient.ActivitySourceName, ClientVersion.Value);

    public const string Method = "http.request.method";
    public const string UrlTemplate = "url.template";
    public const string ServerAddress = "server.address";
    public const string ServerPort = "server.port";
    public const string StatusCode = "http.response.status_code";
    public const string ErrorType = "error.type";
    public const string Operation = "webex.operation";
    public const string TrackingId = "webex.tracking_id";
    public const string Attempts = "webex.attempts";
    public const string Outcome = "webex.outcome";
    public const string RetryReason = "webex.retry.reason";
    public const string DriftKind = "webex.drift.kind";
    public const string DriftSubject = "webex.drift.subject";

    /// <summary>
    /// The operation's name, as the logs give it; for a request the client did not make, its method
    /// alone, since its path may hold IDs.
    /// </summary>
    public static string OperationOf(HttpRequestMessage request) =>
        request is ConferenceRequestMessage tagged ? tagged.Operation.Name : request.Method.Method;
}
