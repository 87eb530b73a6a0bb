using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Webex.Calling.Conference.Platform;

namespace Webex.Calling.Conference.Http;

/// <summary>
/// Sends each request with a timeout per attempt, and repeats it by the client's retry rules; the same
/// message is resent on retry. The first attempt runs outside Polly, so a call that needs no retry pays
/// nothing for the retry pipeline (with 128 concurrent calls, its frames had cost about 10 % of the time).
/// With the timeout off (<see cref="Timeout.InfiniteTimeSpan"/>) no timer is armed: the caller's token alone ends an attempt.
/// Every attempt passes the pipeline's <see cref="RateLimitGate"/> first; while no rate limit holds, that
/// is one field read.
/// </summary>
internal sealed class ResilienceHandler(
    RetryPipeline retries, RateLimitGate gate, ConferenceMetrics metrics, TimeSpan attemptTimeout, long maxResponseSize, TimeProvider timeProvider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var outcome = gate.IsOpen
            ? await AttemptAsync(request, cancellationToken).ConfigureAwait(false)
            : await GatedAttemptAsync(request, cancellationToken).ConfigureAwait(false);
        if (retries.WouldRetry(outcome, request))
        {
            outcome = await retries.RepeatAsync(request, outcome, GatedAttemptAsync, cancellationToken).ConfigureAwait(false);
        }

        outcome.ThrowIfException();
        return outcome.Result!;
    }

    // An attempt once the gate lets it through: a call held back waits for it, released at its place in
    // the spread, and its token ends the wait at once. A wait longer than the client waits (none with
    // retries off), or a limit the server set beyond MaxRetryDelay, ends the call without sending, as a
    // 429 (or 423) beyond the cap would. When such a limit's cap has passed, one call probes for the rest.
    private async ValueTask<Outcome<HttpResponseMessage>> GatedAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        while (true)
        {
            var turn = gate.NextTurn();
            switch (turn.Pass)
            {
                case GatePass.Open:
                    return await AttemptAsync(request, cancellationToken).ConfigureAwait(false);
                case GatePass.Probe:
                    try
                    {
                        return await AttemptAsync(request, cancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        gate.EndProbe(turn);
                    }

                case GatePass.Wait when turn.Remaining <= retries.LongestWait:
                    metrics.RecordRateLimitWait(ConferenceTelemetry.OperationOf(request), turn.Release);
                    await Task.Delay(turn.Release, timeProvider, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    return Outcome.FromException<HttpResponseMessage>(
                        ConferenceApiException.RateLimitedBeforeSending(request, turn, retries.LongestWait, timeProvider.GetUtcNow()));
            }
        }
    }

    // One attempt under its own timeout, which the caller's token also cancels. The body is read inside
    // the attempt, so the timeout covers a server that sends headers and then stalls, and a connection
    // lost mid-body is a failed attempt. It is read within the limit, and not at all for a success of an
    // operation that expects none; a larger one ends the call, unread and not retried.
    private async ValueTask<Outcome<HttpResponseMessage>> AttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timeout = attemptTimeout == Timeout.InfiniteTimeSpan ? null : AttemptTimer.CancelAfter(attemptTimeout, timeProvider);
        using var callerCancels = timeout is null ? default : cancellationToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), timeout);
        var attemptToken = timeout?.Token ?? cancellationToken;
        HttpResponseMessage? response = null;
        if (request is ConferenceRequestMessage tagged)
        {
            tagged.Attempts++;
        }

        try
        {
            response = await base.SendAsync(request, attemptToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                AnsweredAt.Stamp(request, timeProvider);
                gate.CloseOn(response);
            }

            if (response.IsSuccessStatusCode && !ConferenceOperation.Of(request).ExpectsBody)
            {
                return Outcome.FromResult(response);
            }

            if (!await ResponseBody.TryBufferAsync(response, maxResponseSize, attemptToken).ConfigureAwait(false))
            {
                var tooLarge = ConferenceApiException.TooLarge(response, maxResponseSize);
                response.Dispose();
                return Outcome.FromException<HttpResponseMessage>(tooLarge);
            }

            return Outcome.FromResult(response);
        }
        catch (OperationCanceledException canceled) when (!cancellationToken.IsCancellationRequested && timeout is { IsCancellationRequested: true })
        {
            // The server's slowness, not the caller's cancellation: say so with the type.
            response?.Dispose();
            return Outcome.FromException<HttpResponseMessage>(TrackingIds.Tagged(
                new TimeoutException($"The Webex API did not answer within {attemptTimeout.TotalSeconds:0.###} s.", canceled), request));
        }
        catch (Exception exception)
        {
            // A transport's text may quote what the server sent (an invalid header line, say): the
            // caller and the logs get it without the token.
            response?.Dispose();
            return Outcome.FromException<HttpResponseMessage>(TrackingIds.Tagged(TokenRedaction.Redact(exception, TokenRedaction.TokenOf(request)), request));
        }
    }
}
