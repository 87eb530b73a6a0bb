using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Webex.Calling.Conference.Testing;

/// <summary>One request the simulator received, in order of arrival, and what it answered.</summary>
/// <param name="Operation">The operation, whichever its scope; null for a path the API does not have, or for an operation the simulator serves generically (see <paramref name="OperationId"/>).</param>
/// <param name="OperationId">The spec's operationId of the request, e.g. <c>MuteForMember</c>; null for a path or method the API does not have.</param>
/// <param name="MemberId">The member of a <c>members/{memberId}</c> path (unescaped), <c>me</c> for <c>members/me</c>, null for the user's own paths.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path as sent, still escaped, e.g. <c>/v1/telephony/conference/mute</c> or <c>/v1/telephony/conference/members/a%2Fb/hold</c>.</param>
/// <param name="Query">The query parameters, unescaped; a repeated one has its values joined with commas.</param>
/// <param name="Body">The request body, its first <see cref="ConferenceSimulatorOptions.JournalBodyLimit"/> bytes when it is longer (see <see cref="BodyTruncated"/>); null when there is none.</param>
/// <param name="Headers">The request headers (the Authorization value is shown as <c>Bearer ***</c>).</param>
/// <param name="SentTrackingId">The <c>TrackingID</c> header the client sent; null when it sent none.</param>
/// <param name="Status">The status the simulator answered; null while the answer is still held (a delay fault).</param>
/// <param name="AnsweredTrackingId">The tracking ID the simulator answered with (<c>ROUTER_SIM_…</c>, in header and error body); null while the answer is still held.</param>
public sealed record SimulatedRequest(
    SimulatedOperation? Operation,
    string? OperationId,
    string? MemberId,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    string? Body,
    IReadOnlyDictionary<string, string> Headers,
    string? SentTrackingId,
    int? Status,
    string? AnsweredTrackingId)
{
    /// <summary>
    /// True when the body was longer than <see cref="ConferenceSimulatorOptions.JournalBodyLimit"/> bytes and
    /// <see cref="Body"/> holds its beginning only (cut at a whole character); the simulator served it whole.
    /// </summary>
    public bool BodyTruncated { get; init; }

    /// <summary>
    /// The request and its answer on one line, e.g.
    /// <c>POST /v1/telephony/conference/mute -> 204 (Mute, sent WXCONF_…, answered ROUTER_SIM_…)</c>; the
    /// operation is named by its operationId.
    /// </summary>
    public override string ToString()
    {
        var query = Query.Count == 0 ? "" : "?" + string.Join("&", Query.Select(q => $"{q.Key}={q.Value}"));
        var answer = Status is { } status ? status.ToString(CultureInfo.InvariantCulture) : "no answer yet";
        var operation = OperationId ?? "no such operation";
        var answered = AnsweredTrackingId is null ? "" : $", answered {AnsweredTrackingId}";
        return $"{Method} {Path}{query} -> {answer} ({operation}, sent {SentTrackingId ?? "no tracking ID"}{answered})";
    }
}
