using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Webex.Calling.Conference.Http;

/// <summary>Logs each call once, outside the retries: Debug when it ends, Error when it failed.</summary>
internal sealed class LoggingHandler(ILogger logger, TimeProvider timeProvider) : DelegatingHandler
{
    // Nothing to log: hand the request on without an async frame of this handler's own.
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        logger.IsEnabled(LogLevel.Debug) || logger.IsEnabled(LogLevel.Error)
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
            var trackingId = TrackingIds.Of(response) ?? TrackingIds.Sent(request);
            ConferenceLog.Call(logger, operation.Name, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, (int)response.StatusCode, elapsed, trackingId);
            if (!response.IsSuccessStatusCode)
            {
                ConferenceLog.Failed(logger, operation.Name, (int)response.StatusCode, elapsed, trackingId);
            }

            return response;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            ConferenceLog.Unanswered(logger, exception, operation.Name, exception.GetType().Name,
                timeProvider.GetElapsedTime(started).TotalMilliseconds, TrackingIds.Sent(request));
            throw;
        }
    }
}
