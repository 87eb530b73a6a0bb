using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Http;

/// <summary>Builds the HttpClient behind <see cref="ConferenceControlsClient(ConferenceClientOptions)"/>.</summary>
internal static class ConferencePipeline
{
    // One connection pool for every client in the process, as HttpClient guidance asks; the per-client
    // parts (token, retries) live in the delegating handlers above it. PooledConnectionLifetime lets
    // DNS changes reach long-lived clients. No cookies: clients with different tokens share this pool.
    // No redirects: Webex does not redirect API calls, and a retry resends the very request message
    // that a followed redirect has pointed at another origin, where the token would then go.
    private static readonly SocketsHttpHandler SharedTransport = new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        UseCookies = false,
        AllowAutoRedirect = false,
    };

    public static HttpClient CreateHttpClient(ConferenceClientOptions options)
    {
        var baseAddress = ValidatedBaseAddress(options);
        ValidateLimits(options);
        if (options.AccessTokenProvider is null && string.IsNullOrWhiteSpace(options.AccessToken))
        {
            throw new ArgumentException("Set AccessToken or AccessTokenProvider.", nameof(options));
        }

        var authentication = new AuthenticationHandler(options.AccessTokenProvider ?? FixedToken(options.AccessToken!), baseAddress)
        {
            InnerHandler = Chain(options.AttemptHandlers, SharedTransport),
        };
        var resilience = new ResilienceHandler(RetryPipeline.Create(options), options.Timeout)
        {
            InnerHandler = authentication,
        };

        // Each attempt has its own timeout in the resilience handler; HttpClient's own would span all of them.
        return new HttpClient(resilience, disposeHandler: false)
        {
            BaseAddress = baseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    private static HttpMessageHandler Chain(IList<DelegatingHandler> handlers, HttpMessageHandler transport)
    {
        var inner = transport;
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            handlers[i].InnerHandler = inner;
            inner = handlers[i];
        }

        return inner;
    }

    private static Func<CancellationToken, ValueTask<string>> FixedToken(string token) =>
        _ => new ValueTask<string>(token);

    private static Uri ValidatedBaseAddress(ConferenceClientOptions options)
    {
        var address = options.BaseAddress ?? ConferenceClientOptions.DefaultBaseAddress;
        if (!address.IsAbsoluteUri)
        {
            throw new ArgumentException($"BaseAddress must be absolute, not '{address}'.", nameof(options));
        }

        if (address.Scheme != Uri.UriSchemeHttps && !(address.Scheme == Uri.UriSchemeHttp && address.IsLoopback))
        {
            throw new ArgumentException(
                $"BaseAddress must use https; plain http is allowed only for a loopback address, not '{address}'.",
                nameof(options));
        }

        // Operation paths are relative ("telephony/conference"): without the slash they would replace "v1".
        return address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
    }

    private static void ValidateLimits(ConferenceClientOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetries, nameof(options.MaxRetries));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.MaxRetryDelay, TimeSpan.Zero, nameof(options.MaxRetryDelay));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Timeout, TimeSpan.Zero, nameof(options.Timeout));
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options.TimeProvider));
    }
}
