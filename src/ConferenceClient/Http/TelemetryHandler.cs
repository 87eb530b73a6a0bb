using System;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Http;

/// <summary>
/// Traces and measures each call once, outside the retries and the rate-limit waits: one Client activity
/// named after the operation, and the call's duration by the client's clock. The platform's HttpClient
/// activities, one per attempt, become its children.
/// </summary>
internal sealed class TelemetryHandler(ConferenceMetrics metrics, Uri baseAddress, TimeProvider timeProvider) : DelegatingHandler
{
    // The route's templates are relative to the base address ("/v1/" for Webex).
    private readonly string _basePath = baseAddress.AbsolutePath;

    // No listener: no activity, no clock read, no async frame of this handler's own.
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var activity = ConferenceTelemetry.Source.HasListeners() ? Start(request) : null;
        return activity is null && !metrics.MeasuresCalls
            ? base.SendAsync(request, cancellationToken)
            : SendObservedAsync(request, activity, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendObservedAsync(HttpRequestMessage request, Activity? activity, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (activity is { IsAllDataRequested: true })
            {
                Finish(activity, request, status, TrackingIds.Reported(request, response));
            }

            metrics.RecordCall(ConferenceTelemetry.OperationOf(request), OutcomeOf(status), timeProvider.GetElapsedTime(started));
            return response;
        }
        catch (Exception failure)
        {
            // An answer the client did not read (too large) or a call it did not send (rate limited) is
            // a failed answer with a status; anything else had none.
            var status = failure is ConferenceApiException answered ? answered.StatusCode : (int?)null;
            if (activity is { IsAllDataRequested: true })
            {
                Finish(activity, request, status, failure is ConferenceApiException api ? api.TrackingId : TrackingIds.Sent(request), failure);
            }

            var outcome = status is { } code ? OutcomeOf(code) : cancellationToken.IsCancellationRequested ? "canceled" : "no_answer";
            metrics.RecordCall(ConferenceTelemetry.OperationOf(request), outcome, timeProvider.GetElapsedTime(started));
            throw;
        }
        finally
        {
            activity?.Dispose();
        }
    }

    private Activity? Start(HttpRequestMessage request)
    {
        var tagged = request as ConferenceRequestMessage;
        var activity = ConferenceTelemetry.Source.StartActivity(ConferenceTelemetry.OperationOf(request), ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(ConferenceTelemetry.Method, request.Method.Method);
            if (tagged is not null)
            {
                activity.SetTag(ConferenceTelemetry.UrlTemplate, string.Concat(_basePath, tagged.Operation.PathTemplate));
                activity.SetTag(ConferenceTelemetry.Operation, tagged.Operation.Name);
            }

            activity.SetTag(ConferenceTelemetry.ServerAddress, baseAddress.Host);
            activity.SetTag(ConferenceTelemetry.ServerPort, baseAddress.Port);
        }

        return activity;
    }

    private static void Finish(Activity activity, HttpRequestMessage request, int? status, string? trackingId, Exception? failure = null)
    {
        if (status is { } code)
        {
            activity.SetTag(ConferenceTelemetry.StatusCode, code);
        }

        if (request is ConferenceRequestMessage tagged)
        {
            activity.SetTag(ConferenceTelemetry.Attempts, tagged.Attempts);
        }

        activity.SetTag(ConferenceTelemetry.TrackingId, trackingId);
        // As OpenTelemetry asks: a failure status is the error's type as text, else the exception's type.
        if (status is not (>= 200 and < 300))
        {
            activity.SetTag(ConferenceTelemetry.ErrorType, status is { } failed ? failed.ToString(CultureInfo.InvariantCulture) : failure!.GetType().FullName);
            activity.SetStatus(ActivityStatusCode.Error);
        }
    }

    // Low-cardinality: the class of the status, not the status.
    private static string OutcomeOf(int status) => status switch
    {
        < 300 => "success",
        < 400 => "redirect",
        < 500 => "client_error",
        _ => "server_error",
    };
}
