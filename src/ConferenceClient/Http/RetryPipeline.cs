using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Webex.Calling.Conference.Platform;

namespace Webex.Calling.Conference.Http;

/// <summary>
/// The retry rules of one client, and the Polly pipeline that applies them to a call whose first
/// attempt they would repeat.
/// </summary>
internal sealed class RetryPipeline
{
    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("Webex.Conference.Request");

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);

    private readonly Lazy<ResiliencePipeline<HttpResponseMessage>> _pipeline;
    private readonly int _maxRetries;
    private readonly TimeSpan _maxDelay;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly RateLimitGate _gate;

    public RetryPipeline(ConferenceClientOptions options, ILogger logger, RateLimitGate gate, ConferenceMetrics metrics)
    {
        _maxRetries = options.MaxRetries;
        _maxDelay = options.MaxRetryDelay;
        _timeProvider = options.TimeProvider;
        _logger = logger;
        _gate = gate;
        // Built on the first repeat, not with the client: most clients never retry, and building a Polly
        // pipeline (its options checked by reflection) was the largest part of a new client's cost, 10-24 ms
        // of a one-call process such as the tool. The options' own checks keep its mistakes at construction.
        _pipeline = new(() => Build(metrics));
    }

    private ResiliencePipeline<HttpResponseMessage> Build(ConferenceMetrics metrics) =>
        _maxRetries == 0
            ? ResiliencePipeline<HttpResponseMessage>.Empty
            : new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _timeProvider }
                .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
                {
                    MaxRetryAttempts = _maxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = FirstBackoff,
                    MaxDelay = _maxDelay,
                    ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, args.Context.Properties.GetValue(RequestKey, null!))),
                    DelayGenerator = args => new ValueTask<TimeSpan?>(args.Outcome.Result is { } response ? DelayAfter(response) : null),
                    OnRetry = args =>
                    {
                        var request = args.Context.Properties.GetValue(RequestKey, null!);
                        var operation = ConferenceTelemetry.OperationOf(request);
                        metrics.RecordRetry(operation, ReasonOf(args.Outcome));
                        if (args.Outcome.Result is { } limited && RateLimitGate.IsRateLimit(limited))
                        {
                            metrics.RecordRateLimitWait(operation, args.RetryDelay);
                        }

                        var reason = args.Outcome.Result is { } response
                            ? $"{(int)response.StatusCode} {ConferenceApiException.ReasonOf(response, TokenRedaction.TokenOf(request))}"
                            : args.Outcome.Exception!.GetType().Name;
                        ConferenceLog.Retry(_logger, ConferenceOperation.Of(request).Name, reason, args.AttemptNumber + 2, args.RetryDelay.TotalMilliseconds,
                            TrackingIds.Sent(request));
                        return default;
                    },
                })
                .Build();

    /// <summary>The longest a call waits for a rate limit to pass before it is sent: MaxRetryDelay, or none with retries off.</summary>
    public TimeSpan LongestWait => _maxRetries == 0 ? TimeSpan.Zero : _maxDelay;

    /// <summary>Whether the rules repeat a call whose first attempt ended so.</summary>
    public bool WouldRetry(Outcome<HttpResponseMessage> first, HttpRequestMessage request) =>
        _maxRetries > 0 && ShouldRetry(first, request);

    /// <summary>
    /// The rest of the call after a first attempt the rules repeat. Polly sees that attempt as its own
    /// first (replayed, not resent), so the backoff, Retry-After, attempt numbers and retry log are all Polly's.
    /// </summary>
    public async ValueTask<Outcome<HttpResponseMessage>> RepeatAsync(
        HttpRequestMessage request,
        Outcome<HttpResponseMessage> first,
        Func<HttpRequestMessage, CancellationToken, ValueTask<Outcome<HttpResponseMessage>>> attempt,
        CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestKey, request);
        var replayed = false;
        var latestMayHaveActed = MayHaveActed(first);
        var earlierMayHaveActed = false;
        try
        {
            var outcome = await _pipeline.Value.ExecuteOutcomeAsync(
                async (ctx, _) =>
                {
                    if (!replayed)
                    {
                        replayed = true;
                        return first;
                    }

                    earlierMayHaveActed |= latestMayHaveActed;
                    var next = await attempt(request, ctx.CancellationToken).ConfigureAwait(false);
                    latestMayHaveActed = MayHaveActed(next);
                    return next;
                },
                context,
                state: 0).ConfigureAwait(false);
            return earlierMayHaveActed ? Reconciled(outcome, request) : outcome;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    // A repeat that answers what the spec says a done operation answers (x-done-on-repeat: a release
    // whose conference is already gone gets 404) after an attempt that may have acted: the earlier
    // attempt did it, and the call succeeded.
    private Outcome<HttpResponseMessage> Reconciled(Outcome<HttpResponseMessage> outcome, HttpRequestMessage request)
    {
        var operation = ConferenceOperation.Of(request);
        if (outcome.Result is not { } answer || operation.DoneOnRepeat is not { } done || (int)answer.StatusCode != done)
        {
            return outcome;
        }

        if (_logger.IsEnabled(LogLevel.Information))
        {
            var trackingId = TrackingIds.Sent(request);
            ConferenceLog.Reconciled(_logger, operation.Name, done, trackingId);
        }

        answer.Dispose();
        return Outcome.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent) { RequestMessage = request });
    }

    // The server may have carried the request out: no answer, or a gateway's failure.
    private static bool MayHaveActed(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is not null
            ? !TransportErrors.NothingWasSent(outcome.Exception)
            : outcome.Result!.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>
    /// 429, and 423 with Retry-After, were not processed, so every operation may repeat them. 408, 502,
    /// 503, 504, connection failures and attempt timeouts may have been processed: only idempotent
    /// operations repeat them. A Retry-After beyond the cap is left to the caller.
    /// </summary>
    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage request)
    {
        if (outcome.Exception is not null)
        {
            return TransportErrors.NothingWasSent(outcome.Exception) || (outcome.Exception is HttpRequestException or TimeoutException && IsIdempotent(request));
        }

        var response = outcome.Result!;
        if (response.IsSuccessStatusCode)
        {
            return false;
        }

        // The wait is the server's, or the pipeline's when another call's rate limit holds beyond the cap.
        if (RetryAfterOf(response) > _maxDelay || (RateLimitGate.IsRateLimit(response) && _gate.HoldsBeyondCap))
        {
            return false;
        }

        return response.StatusCode switch
        {
            StatusCodes.TooManyRequests => true,
            StatusCodes.Locked => response.Headers.Contains(RetryAfterHeader.Name),
            HttpStatusCode.RequestTimeout or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => IsIdempotent(request),
            _ => false,
        };
    }

    private static bool IsIdempotent(HttpRequestMessage request) => ConferenceOperation.Of(request).IsIdempotent;

    private TimeSpan? RetryAfterOf(HttpResponseMessage response) => RetryAfterHeader.Of(response, _timeProvider);

    // A rate limit's wait is the gate's, which this answer has closed: until it opens, then this call's
    // place in the spread, so the calls it held and this one are not released together. Otherwise the
    // answer's Retry-After, else (null) Polly's backoff.
    private TimeSpan? DelayAfter(HttpResponseMessage response) =>
        RateLimitGate.IsRateLimit(response) && _gate.NextTurn() is { Pass: GatePass.Wait, Release: var release }
            ? release
            : RetryAfterOf(response);

    /// <summary>Why an attempt is repeated, for the retry counter: a few fixed words.</summary>
    private static string ReasonOf(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } response
            ? response.StatusCode switch
            {
                StatusCodes.TooManyRequests => "rate_limited",
                StatusCodes.Locked => "locked",
                HttpStatusCode.RequestTimeout => "timeout",
                _ => "gateway",
            }
            : outcome.Exception is TimeoutException ? "timeout" : "connection";
}
