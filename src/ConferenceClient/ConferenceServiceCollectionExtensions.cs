using System;
using System.Diagnostics.Metrics;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Webex.Calling.Conference;
using Webex.Calling.Conference.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="IConferenceControlsClient"/> as a typed client on <c>IHttpClientFactory</c>.</summary>
public static class ConferenceServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient behind the registered client.</summary>
    public const string HttpClientName = "Webex.Calling.Conference";

    /// <summary>
    /// Registers <see cref="IConferenceControlsClient"/> with the same pipeline as
    /// <see cref="ConferenceControlsClient(ConferenceClientOptions)"/>: token, tracking IDs, retries,
    /// per-attempt timeout, User-Agent, tracing and metrics, and logging through the container's
    /// <see cref="ILoggerFactory"/>. The rate limit a 429's Retry-After sets holds every client the
    /// container resolves: there is one gate per registered client. The options are validated when the
    /// application starts.
    /// </summary>
    /// <returns>The HttpClient builder, to add a proxy or handlers of your own (they see every attempt).</returns>
    public static IHttpClientBuilder AddConferenceControlsClient(this IServiceCollection services, Action<ConferenceClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return AddConferenceControlsClient(services, services.AddOptions<ConferenceClientOptions>().Configure(configure));
    }

    /// <summary>
    /// Registers <see cref="IConferenceControlsClient"/> with options bound from <paramref name="configuration"/>
    /// (for example the section <c>Webex:Conference</c> with <c>AccessToken</c>, <c>LineOwnerId</c>,
    /// <c>MaxRetries</c>, <c>Timeout</c> …); see the other overload.
    /// </summary>
    public static IHttpClientBuilder AddConferenceControlsClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return AddConferenceControlsClient(services, services.AddOptions<ConferenceClientOptions>().Bind(configuration));
    }

    private static IHttpClientBuilder AddConferenceControlsClient(IServiceCollection services, OptionsBuilder<ConferenceClientOptions> options)
    {
        // A second call (an app after a library, say) would either nest a second chain of handlers
        // (retries of retries, every call logged twice) or merge its options into the first, where a
        // library's line owner would act for the app: neither is what either caller asked for.
        if (services.Any(d => d.ServiceType == typeof(ConferenceClientRegistration)))
        {
            throw new InvalidOperationException(
                "AddConferenceControlsClient was called twice on these services. Register the client once, and adjust its options with services.Configure<ConferenceClientOptions>(…) where that is meant.");
        }

        services.AddSingleton(provider => new ConferenceClientRegistration(Settings(provider), provider.GetService<IMeterFactory>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConferenceClientOptions>, ConferenceClientOptionsValidator>());
        options.ValidateOnStart();

        // IHttpClientFactory builds the chain itself and rebuilds it from time to time: handler instances
        // come from factories, never from ConferenceClientOptions.AttemptHandlers.
        return services.AddHttpClient(HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(ConferencePipeline.CreateTransport)
            // The transport recycles its own connections (PooledConnectionLifetime); the factory's own
            // request logs would repeat ours at Information.
            .SetHandlerLifetime(System.Threading.Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .ConfigureHttpClient((provider, http) => ConferencePipeline.Configure(http, Settings(provider)))
            .ConfigureAdditionalHttpMessageHandlers((handlers, provider) =>
            {
                var registration = provider.GetRequiredService<ConferenceClientRegistration>();
                foreach (var handler in ConferencePipeline.CreateHandlers(Settings(provider), Logger(provider), registration.Gate, registration.Metrics))
                {
                    handlers.Add(handler);
                }
            })
            .AddTypedClient<IConferenceControlsClient>((http, provider) => new ConferenceControlsClient(http, Settings(provider).LineOwnerId));
    }

    // Marks that the client's HttpClient and its handlers are registered, and holds what every chain of
    // them shares, however often the factory builds one: the rate-limit gate (one per registered client,
    // as the client has one token) and the instruments, on the container's Meter when it has a factory.
    private sealed class ConferenceClientRegistration(ConferenceClientOptions options, IMeterFactory? meterFactory)
    {
        public RateLimitGate Gate { get; } = new(options.TimeProvider);

        public ConferenceMetrics Metrics { get; } = meterFactory is null ? ConferenceMetrics.Shared : new ConferenceMetrics(meterFactory);
    }

    private static ConferenceClientOptions Settings(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<ConferenceClientOptions>>().Value;

    private static ILogger Logger(IServiceProvider provider) =>
        provider.GetService<ILoggerFactory>()?.CreateLogger(ConferencePipeline.LoggerCategory)
        ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
}
