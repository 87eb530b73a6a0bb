using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Cli;

/// <summary>
/// <c>--verbose</c>: writes each attempt (retries included) with its headers, status, time and tracking ID.
/// It sits after the token is set, so it redacts every authorization header.
/// </summary>
internal sealed class RequestTracer(TextWriter log) : DelegatingHandler
{
    private const string Redacted = "***";
    private const string TrackingIdHeader = "TrackingID";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var target = $"{request.Method} {request.RequestUri?.PathAndQuery}";
        log.WriteLine($"--> {target}");
        foreach (var header in request.Headers)
        {
            log.WriteLine($"    {header.Key}: {Shown(header.Key, header.Value)}");
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            var trackingId = TrackingIdOf(response.Headers) ?? TrackingIdOf(request.Headers) ?? "none";
            log.WriteLine($"<-- {(int)response.StatusCode} {response.ReasonPhrase} {target} in {ElapsedMs(started)} ms, tracking ID {trackingId}");
            return response;
        }
        catch (Exception error) when (error is HttpRequestException or OperationCanceledException)
        {
            log.WriteLine($"<-- failed {target} after {ElapsedMs(started)} ms: {error.Message}");
            throw;
        }
    }

    private static string Shown(string name, IEnumerable<string> values) =>
        name.Contains("Authorization", StringComparison.OrdinalIgnoreCase) ? Redacted : string.Join(", ", values);

    private static string? TrackingIdOf(HttpHeaders headers) =>
        headers.TryGetValues(TrackingIdHeader, out var values) ? values.FirstOrDefault() : null;

    private static long ElapsedMs(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
