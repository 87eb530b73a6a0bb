using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Webex.Calling.Conference.Platform;

namespace Webex.Calling.Conference.Http;

/// <summary>Builds the HttpClient behind <see cref="ConferenceControlsClient(ConferenceClientOptions)"/>.</summary>
internal static class ConferencePipeline
{
    // One connection pool for every client in the process, as HttpClient guidance asks; the per-client
    // parts (token, retries) live in the delegating handlers above it. See Transport for its settings.
    private static readonly HttpMessageHandler SharedTransport = Transport.Create();

    public const string LoggerCategory = "Webex.Calling.Conference";

    public static HttpClient CreateHttpClient(ConferenceClientOptions options) => CreateHttpClient(options, LoggerFor(options));

    /// <summary>The HttpClient of a client built from options, logging to <paramref name="logger"/>, which its drift reporter shares.</summary>
    public static HttpClient CreateHttpClient(ConferenceClientOptions options, ILogger logger)
    {
        options.Validate();
        // One gate per client built here: its WithLineOwner, ForMember and ForMe views share this HttpClient, and so the gate.
        var handlers = CreateHandlers(options, logger, new RateLimitGate(options.TimeProvider, options.MaxRetryDelay), ConferenceMetrics.Shared);
        var client = new HttpClient(Chain([.. handlers, .. options.AttemptHandlers.Select(NewAttemptHandler)], SharedTransport), disposeHandler: false);
        Configure(client, options);
        return client;
    }

    /// <summary>The logger of a client built from options: its <c>LoggerFactory</c>'s, in the client's category.</summary>
    public static ILogger LoggerFor(ConferenceClientOptions options) =>
        (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger(LoggerCategory);

    /// <summary>
    /// The client's own handlers, outermost first: tracing and metrics once per call, logging once per
    /// call, retries behind the pipeline's rate-limit gate, then the token per attempt.
    /// </summary>
    public static IEnumerable<DelegatingHandler> CreateHandlers(ConferenceClientOptions options, ILogger logger, RateLimitGate gate, ConferenceMetrics metrics) =>
    [
        new TelemetryHandler(metrics, options.EffectiveBaseAddress(), options.TimeProvider),
        new LoggingHandler(logger, options.TimeProvider),
        new ResilienceHandler(new RetryPipeline(options, logger, gate, metrics), gate, metrics, options.Timeout, options.MaxResponseSize, options.TimeProvider),
        new AuthenticationHandler(options.AccessTokenProvider ?? FixedToken(options.AccessToken!), options.EffectiveBaseAddress()),
    ];

    /// <summary>The API root, no overall timeout (each attempt has its own, in the resilience handler) and the User-Agent.</summary>
    public static void Configure(HttpClient client, ConferenceClientOptions options)
    {
        client.BaseAddress = options.EffectiveBaseAddress();
        client.Timeout = Timeout.InfiniteTimeSpan;
        // Kept as text (the options checked the application ID): every request copies the default
        // headers, and a parsed User-Agent would be cloned into a new object graph each time.
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent.For(options.ApplicationId));
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

    // A handler sits in one chain only: a maker that hands out the same one twice is refused by name.
    private static DelegatingHandler NewAttemptHandler(Func<DelegatingHandler> make) =>
        make() is { InnerHandler: null } handler
            ? handler
            : throw new InvalidOperationException(
                "An AttemptHandlers entry returned null or a handler already in use: return a new handler on every call, as in () => new MyHandler().");

    private static Func<CancellationToken, ValueTask<string>> FixedToken(string token) =>
        _ => new ValueTask<string>(token);
}
