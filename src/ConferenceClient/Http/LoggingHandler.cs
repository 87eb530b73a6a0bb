using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Webex.Calling.Conference.Http;

/// <summary>
/// Logs each call once, outside the retries: Debug when it succeeded; when it failed, Information for a
/// 4xx (the caller gets the exception and knows whether a 404 was expected), Error for anything else.
/// </summary>
internal sealed class LoggingHandler(ILogger logger, TimeProvider timeProvider) : DelegatingHandler
{
    // Nothing to log: hand the request on without an async frame of this handler's own.
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        logger.IsEnabled(LogLevel.Debug) || logger.IsEnabled(LogLevel.Information) || logger.IsEnabled(LogLevel.Error)
            ? SendLoggedAsync(request, cancellationToken)
            : base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> SendLoggedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = ConferenceOperation.Of(request);
        var started = timeProvider.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var elapsed = timeProvider.GetElapsedTime(started).TotalMilliseconds;
            // A header is the server's text: it is logged without the token, whatever it echoes.
            var trackingId = TrackingIds.Of(response) is { } answered ? TokenRedaction.Redact(answered, TokenRedaction.TokenOf(request)) : TrackingIds.Sent(request);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                ConferenceLog.Call(logger, operation.Name, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, status, elapsed, trackingId);
            }
            else
            {
                ConferenceLog.Failed(logger, status is >= 400 and < 500 ? LogLevel.Information : LogLevel.Error,
                    operation.Name, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, status, elapsed, trackingId);
            }

            return response;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            ConferenceLog.Unanswered(logger, TokenRedaction.Redact(exception, TokenRedaction.TokenOf(request)), operation.Name, exception.GetType().Name,
                timeProvider.GetElapsedTime(started).TotalMilliseconds, TrackingIds.Sent(request));
            throw;
        }
    }
}
