using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Webex.Calling.Conference.Http;

/// <summary>The Polly pipeline of one client: retries around a per-attempt timeout.</summary>
internal static class RetryPipeline
{
    public static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("Webex.Conference.Request");

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);

    public static ResiliencePipeline<HttpResponseMessage> Create(ConferenceClientOptions options, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider };
        if (options.MaxRetries > 0)
        {
            var timeProvider = options.TimeProvider;
            var maxDelay = options.MaxRetryDelay;
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = FirstBackoff,
                MaxDelay = maxDelay,
                ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, args.Context, maxDelay, timeProvider)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(args.Outcome.Result is { } response ? RetryAfterOf(response, timeProvider) : null),
                OnRetry = args =>
                {
                    var request = args.Context.Properties.GetValue(RequestKey, null!);
                    var reason = args.Outcome.Result is { } response ? $"{(int)response.StatusCode} {response.ReasonPhrase}" : args.Outcome.Exception!.GetType().Name;
                    ConferenceLog.Retry(logger, ConferenceOperations.Of(request).Name, reason, args.AttemptNumber + 2, args.RetryDelay.TotalMilliseconds,
                        TrackingIds.Sent(request));
                    return default;
                },
            });
        }

        return builder
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.Timeout })
            .Build();
    }

    /// <summary>
    /// 429, and 423 with Retry-After, were not processed, so every operation may repeat them. 408, 502,
    /// 503, 504, connection failures and attempt timeouts may have been processed: only idempotent
    /// operations repeat them. A Retry-After beyond the cap is left to the caller.
    /// </summary>
    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, TimeSpan maxDelay, TimeProvider timeProvider)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException && IsIdempotent(context);
        }

        var response = outcome.Result!;
        if (response.IsSuccessStatusCode)
        {
            return false;
        }

        var retryAfter = RetryAfterOf(response, timeProvider);
        if (retryAfter > maxDelay)
        {
            return false;
        }

        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => true,
            HttpStatusCode.Locked => response.Headers.Contains(RetryAfterHeader.Name),
            HttpStatusCode.RequestTimeout or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => IsIdempotent(context),
            _ => false,
        };
    }

    private static bool IsIdempotent(ResilienceContext context) =>
        ConferenceOperations.Of(context.Properties.GetValue(RequestKey, null!)).IsIdempotent;

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response, TimeProvider timeProvider) =>
        response.Headers.TryGetValues(RetryAfterHeader.Name, out var values)
            ? RetryAfterHeader.Parse(string.Join(',', values), response.Headers.Date, timeProvider.GetUtcNow())
            : null;
}
