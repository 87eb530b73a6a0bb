using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Webex.Calling.Conference.Http;

/// <summary>
/// The retry rules of one client, and the Polly pipeline that applies them to a call whose first
/// attempt they would repeat.
/// </summary>
internal sealed class RetryPipeline
{
    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("Webex.Conference.Request");

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly int _maxRetries;
    private readonly TimeSpan _maxDelay;
    private readonly TimeProvider _timeProvider;

    public RetryPipeline(ConferenceClientOptions options, ILogger logger)
    {
        _maxRetries = options.MaxRetries;
        _maxDelay = options.MaxRetryDelay;
        _timeProvider = options.TimeProvider;
        _pipeline = _maxRetries == 0
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
                    DelayGenerator = args => new ValueTask<TimeSpan?>(args.Outcome.Result is { } response ? RetryAfterOf(response) : null),
                    OnRetry = args =>
                    {
                        var request = args.Context.Properties.GetValue(RequestKey, null!);
                        var reason = args.Outcome.Result is { } response ? $"{(int)response.StatusCode} {response.ReasonPhrase}" : args.Outcome.Exception!.GetType().Name;
                        ConferenceLog.Retry(logger, ConferenceOperation.Of(request).Name, reason, args.AttemptNumber + 2, args.RetryDelay.TotalMilliseconds,
                            TrackingIds.Sent(request));
                        return default;
                    },
                })
                .Build();
    }

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
        try
        {
            return await _pipeline.ExecuteOutcomeAsync(
                (ctx, _) =>
                {
                    if (replayed)
                    {
                        return attempt(request, ctx.CancellationToken);
                    }

                    replayed = true;
                    return new ValueTask<Outcome<HttpResponseMessage>>(first);
                },
                context,
                state: 0).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// 429, and 423 with Retry-After, were not processed, so every operation may repeat them. 408, 502,
    /// 503, 504, connection failures and attempt timeouts may have been processed: only idempotent
    /// operations repeat them. A Retry-After beyond the cap is left to the caller.
    /// </summary>
    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage request)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutException && IsIdempotent(request);
        }

        var response = outcome.Result!;
        if (response.IsSuccessStatusCode)
        {
            return false;
        }

        if (RetryAfterOf(response) > _maxDelay)
        {
            return false;
        }

        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => true,
            HttpStatusCode.Locked => response.Headers.Contains(RetryAfterHeader.Name),
            HttpStatusCode.RequestTimeout or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => IsIdempotent(request),
            _ => false,
        };
    }

    private static bool IsIdempotent(HttpRequestMessage request) => ConferenceOperation.Of(request).IsIdempotent;

    private TimeSpan? RetryAfterOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(RetryAfterHeader.Name, out var values)
            ? RetryAfterHeader.Parse(string.Join(',', values), response.Headers.Date, _timeProvider.GetUtcNow())
            : null;
}
