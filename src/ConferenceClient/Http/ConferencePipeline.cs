using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Webex.Calling.Conference.Http;

/// <summary>Builds the HttpClient behind <see cref="ConferenceControlsClient(ConferenceClientOptions)"/>.</summary>
internal static class ConferencePipeline
{
    // One connection pool for every client in the process, as HttpClient guidance asks; the per-client
    // parts (token, retries) live in the delegating handlers above it. PooledConnectionLifetime lets
    // DNS changes reach long-lived clients. No cookies: clients with different tokens share this pool.
    // No redirects: Webex does not redirect API calls, and a retry resends the very request message
    // that a followed redirect has pointed at another origin, where the token would then go.
    private static readonly SocketsHttpHandler SharedTransport = CreateTransport();

    public const string LoggerCategory = "Webex.Calling.Conference";

    public static HttpClient CreateHttpClient(ConferenceClientOptions options)
    {
        options.Validate();
        var baseAddress = options.EffectiveBaseAddress();
        var logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger(LoggerCategory);
        var handlers = new DelegatingHandler[]
        {
            new LoggingHandler(logger, options.TimeProvider),
            new ResilienceHandler(RetryPipeline.Create(options, logger), options.Timeout),
            Authentication(options, baseAddress),
        };

        // Each attempt has its own timeout in the resilience handler; HttpClient's own would span all of them.
        var client = new HttpClient(Chain([.. handlers, .. options.AttemptHandlers], SharedTransport), disposeHandler: false)
        {
            BaseAddress = baseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent.For(options.ApplicationId));
        return client;
    }

    /// <summary>A transport like the shared one, for a pool that IHttpClientFactory manages.</summary>
    public static SocketsHttpHandler CreateTransport() => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        UseCookies = false,
        AllowAutoRedirect = false,
    };

    public static AuthenticationHandler Authentication(ConferenceClientOptions options, Uri baseAddress) =>
        new(options.AccessTokenProvider ?? FixedToken(options.AccessToken!), baseAddress);

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
}
