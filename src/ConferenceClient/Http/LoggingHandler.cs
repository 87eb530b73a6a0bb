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
            var trackingId = TrackingIds.Reported(request, response);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                ConferenceLog.Call(logger, operation.Name, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, status, elapsed, trackingId);
            }
            else
            {
                var level = LevelOf(status);
                ConferenceLog.Failed(logger, level,
                    operation.Name, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, status, elapsed, trackingId);
            }

            return response;
        }
        catch (ConferenceApiException answered) when (!cancellationToken.IsCancellationRequested)
        {
            // An answer the client did not read (too large): logged as the failed answer it is.
            var elapsed = timeProvider.GetElapsedTime(started).TotalMilliseconds;
            var path = request.RequestUri?.AbsolutePath ?? string.Empty;
            var trackingId = answered.TrackingId;
            var level = LevelOf(answered.StatusCode);
            ConferenceLog.Failed(logger, level, operation.Name,
                request.Method.Method, path, answered.StatusCode, elapsed, trackingId);
            throw;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The exception's text is logged only without the token; one whose text still holds it is named, not quoted.
            var token = TokenRedaction.TokenOf(request);
            var logged = TokenRedaction.Redact(exception, token);
            ConferenceLog.Unanswered(logger, TokenRedaction.Holds(logged, token) ? null : logged, operation.Name, exception.GetType().Name,
                timeProvider.GetElapsedTime(started).TotalMilliseconds, TrackingIds.Sent(request));
            throw;
        }
    }

    // A 4xx is the caller's to judge (a 404 may be expected); anything else is an error.
    private static LogLevel LevelOf(int status) => status is >= 400 and < 500 ? LogLevel.Information : LogLevel.Error;
}
