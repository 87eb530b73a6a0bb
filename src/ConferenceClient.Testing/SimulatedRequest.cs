using System.Collections.Generic;

namespace Webex.Calling.Conference.Testing;

/// <summary>One request the simulator received, in order of arrival, and what it answered.</summary>
/// <param name="Operation">The operation, or null for a path the API does not have.</param>
/// <param name="MemberId">The member of a <c>members/{memberId}</c> path, <c>me</c> for <c>members/me</c>, null for the user's own paths.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, e.g. <c>/v1/telephony/conference/mute</c>.</param>
/// <param name="Query">The query parameters.</param>
/// <param name="Body">The request body, if any.</param>
/// <param name="Headers">The request headers (the Authorization value is shown as <c>Bearer ***</c>).</param>
/// <param name="Status">The status the simulator answered; null while the answer is still held (a delay fault).</param>
/// <param name="TrackingId">The tracking ID the simulator answered with; null while the answer is still held.</param>
public sealed record SimulatedRequest(
    SimulatedOperation? Operation,
    string? MemberId,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    string? Body,
    IReadOnlyDictionary<string, string> Headers,
    int? Status,
    string? TrackingId);
