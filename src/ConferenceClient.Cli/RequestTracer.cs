using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Webex.Calling.Conference.Cli.Output;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference.Cli;

/// <summary>
/// <c>--verbose</c>: traces each attempt (retries included) with its headers, status, time and tracking ID,
/// as text or JSON as the output is. It sits after the token is set, so it redacts every authorization header.
/// </summary>
internal sealed class RequestTracer(ConsoleOutput output) : DelegatingHandler
{
    private const string Redacted = "***";
    private const string TrackingIdHeader = "TrackingID";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.Method.Method;
        var path = request.RequestUri?.PathAndQuery ?? string.Empty;
        output.Trace(new RequestTrace(RequestTrace.Sent, method, path)
        {
            Headers = [.. HeadersOf(request)],
        });

        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            output.Trace(new RequestTrace(RequestTrace.Answered, method, path)
            {
                Status = (int)response.StatusCode,
                Reason = response.ReasonPhrase,
                ElapsedMs = ElapsedMs(started),
                TrackingId = TrackingIdOf(response.Headers) ?? TrackingIdOf(request.Headers),
            });
            return response;
        }
        catch (Exception error) when (error is HttpRequestException or OperationCanceledException)
        {
            output.Trace(new RequestTrace(RequestTrace.Failed, method, path) { ElapsedMs = ElapsedMs(started), Error = Redact(FailureCause.Innermost(error), request) });
            throw;
        }
    }

    // As they go on the wire: NonValidated joins a header's values with that header's own separator (a
    // space in User-Agent), where the parsed headers would be joined with commas; the body's headers too.
    private static IEnumerable<KeyValuePair<string, string>> HeadersOf(HttpRequestMessage request) =>
        request.Headers.NonValidated.Concat(request.Content?.Headers.NonValidated ?? [])
            .Select(h => KeyValuePair.Create(h.Key, Shown(h.Key, h.Value.ToString())));

    private static string Shown(string name, string value) =>
        name.Contains("Authorization", StringComparison.OrdinalIgnoreCase) ? Redacted : value;

    // A transport's text may quote what the server sent; the library redacts what it throws, but this
    // handler sees the failure first.
    private static string Redact(string text, HttpRequestMessage request) => TokenRedaction.Redact(text, TokenRedaction.TokenOf(request));

    private static string? TrackingIdOf(HttpHeaders headers) =>
        headers.TryGetValues(TrackingIdHeader, out var values) ? values.FirstOrDefault() : null;

    private static long ElapsedMs(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
