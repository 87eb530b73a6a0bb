using System;
using System.Linq;
using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Webex.Calling.Conference;
using Webex.Calling.Conference.Http;
using Webex.Calling.Conference.Platform;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="IConferenceControlsClient"/> on <c>IHttpClientFactory</c>: one client, or one per key.</summary>
public static class ConferenceServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient behind the registered client.</summary>
    public const string HttpClientName = "Webex.Calling.Conference";

    /// <summary>
    /// Registers <see cref="IConferenceControlsClient"/> with the same pipeline as
    /// <see cref="ConferenceControlsClient(ConferenceClientOptions)"/>: token, tracking IDs, retries,
    /// per-attempt timeout, User-Agent, tracing and metrics, and logging through the container's
    /// <see cref="ILoggerFactory"/>. The rate limit a 429's Retry-After sets holds every client the
    /// container resolves for this registration: there is one gate per registered client, and each keyed
    /// client has its own. The options are validated when the application starts.
    /// </summary>
    /// <returns>The HttpClient builder, to add a proxy or handlers of your own (they see every attempt).</returns>
    public static IHttpClientBuilder AddConferenceControlsClient(this IServiceCollection services, Action<ConferenceClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return AddUnkeyed(services, options => options.Configure(configure));
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
        return AddUnkeyed(services, options => options.Bind(configuration));
    }

    /// <summary>
    /// Registers an <see cref="IConferenceControlsClient"/> under <paramref name="key"/>, beside any other key and
    /// the unkeyed client, for an app that holds one client per organisation or Service App. Resolve it with
    /// <c>GetRequiredKeyedService&lt;IConferenceControlsClient&gt;(key)</c> or <c>[FromKeyedServices(key)]</c>.
    /// It has the unkeyed client's pipeline (see <see cref="AddConferenceControlsClient(IServiceCollection, Action{ConferenceClientOptions})"/>)
    /// and all of its own: the named options <paramref name="key"/> (adjust them with
    /// <c>services.Configure&lt;ConferenceClientOptions&gt;(key, …)</c>), its token, its rate-limit gate, the
    /// HttpClient named <see cref="HttpClientNameFor(string)"/>, and that same name as its log category.
    /// </summary>
    /// <param name="services">The services to add the client to.</param>
    /// <param name="key">The client's key: any text but blank; each key once.</param>
    /// <param name="configure">Sets the options of this client only.</param>
    /// <returns>The HttpClient builder of this client, to add a proxy or handlers of your own (they see every attempt).</returns>
    public static IHttpClientBuilder AddKeyedConferenceControlsClient(this IServiceCollection services, string key, Action<ConferenceClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(configure);
        return AddKeyed(services, key, options => options.Configure(configure));
    }

    /// <summary>
    /// Registers an <see cref="IConferenceControlsClient"/> under <paramref name="key"/> with options bound from
    /// <paramref name="configuration"/> (for example the section <c>Webex:Tenants:tenant-a</c>); see the other overload.
    /// </summary>
    /// <param name="services">The services to add the client to.</param>
    /// <param name="key">The client's key: any text but blank; each key once.</param>
    /// <param name="configuration">The section bound to this client's options, as for the unkeyed client.</param>
    /// <returns>The HttpClient builder of this client, to add a proxy or handlers of your own (they see every attempt).</returns>
    public static IHttpClientBuilder AddKeyedConferenceControlsClient(this IServiceCollection services, string key, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(configuration);
        return AddKeyed(services, key, options => options.Bind(configuration));
    }

    /// <summary>
    /// The name of the HttpClient behind the client registered under <paramref name="key"/>, such as
    /// <c>Webex.Calling.Conference.tenant-a</c>, for <c>services.AddHttpClient(name)</c> where the builder that
    /// <see cref="AddKeyedConferenceControlsClient(IServiceCollection, string, Action{ConferenceClientOptions})"/>
    /// returned is out of reach. It is also the category of that client's logs.
    /// </summary>
    /// <param name="key">The client's key.</param>
    /// <returns><see cref="HttpClientName"/>, a dot and the key.</returns>
    public static string HttpClientNameFor(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return HttpClientName + "." + key;
    }

    private static IHttpClientBuilder AddUnkeyed(IServiceCollection services, Action<OptionsBuilder<ConferenceClientOptions>> bind) =>
        AddPipeline(services, key: null, bind)
            .AddTypedClient<IConferenceControlsClient>((http, provider) => NewClient(http, ConferenceClientRegistration.Of(provider, key: null)));

    private static IHttpClientBuilder AddKeyed(IServiceCollection services, string key, Action<OptionsBuilder<ConferenceClientOptions>> bind)
    {
        var builder = AddPipeline(services, key, bind);
        // IHttpClientFactory has no keyed typed clients: the keyed service makes one from its named HttpClient.
        services.AddKeyedTransient<IConferenceControlsClient>(key, (provider, _) => NewClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(builder.Name), ConferenceClientRegistration.Of(provider, key)));
        return builder;
    }

    private static ConferenceControlsClient NewClient(HttpClient http, ConferenceClientRegistration registration) =>
        new(http, registration.Options.LineOwnerId, registration.Drift);

    // The unkeyed client (key null: the default options, the HttpClient HttpClientName) and each keyed one
    // (its named options and HttpClient) are registered alike; only how they are resolved differs.
    private static IHttpClientBuilder AddPipeline(IServiceCollection services, string? key, Action<OptionsBuilder<ConferenceClientOptions>> bind)
    {
        // A second call (an app after a library, say) would either nest a second chain of handlers
        // (retries of retries, every call logged twice) or merge its options into the first, where a
        // library's line owner would act for the app: neither is what either caller asked for.
        // Checked before the options are touched, so a refused call leaves the first one's as they were.
        if (services.Any(d => d.ServiceType == typeof(ConferenceClientRegistration) && Equals(d.ServiceKey, key)))
        {
            throw new InvalidOperationException(key is null
                ? "AddConferenceControlsClient was called twice on these services. Register the client once, and adjust its options with services.Configure<ConferenceClientOptions>(…) where that is meant."
                : $"AddKeyedConferenceControlsClient was called twice with the key '{key}' on these services. Register each key once, and adjust that client's options with services.Configure<ConferenceClientOptions>(\"{key}\", …) where that is meant.");
        }

        // Its HttpClient's name is also its log category. A null key makes an unkeyed descriptor, as AddSingleton does.
        var name = key is null ? HttpClientName : HttpClientNameFor(key);
        services.AddKeyedSingleton(key, (provider, _) => new ConferenceClientRegistration(provider, key, name));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConferenceClientOptions>, ConferenceClientOptionsValidator>());
        var options = services.AddOptions<ConferenceClientOptions>(key ?? Microsoft.Extensions.Options.Options.DefaultName);
        bind(options);
        options.ValidateOnStart();

        // IHttpClientFactory builds the chain itself and rebuilds it from time to time: handler instances
        // come from factories, never from ConferenceClientOptions.AttemptHandlers.
        return services.AddHttpClient(name)
            // A transport like the shared one, for a pool that IHttpClientFactory manages.
            .ConfigurePrimaryHttpMessageHandler(Transport.Create)
            // The transport renews its own connections (Platform/Transport.cs); the factory's own
            // request logs would repeat ours at Information.
            .SetHandlerLifetime(System.Threading.Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .ConfigureHttpClient((provider, http) => ConferencePipeline.Configure(http, ConferenceClientRegistration.Of(provider, key).Options))
            .ConfigureAdditionalHttpMessageHandlers((handlers, provider) =>
            {
                var registration = ConferenceClientRegistration.Of(provider, key);
                foreach (var handler in ConferencePipeline.CreateHandlers(registration.Options, registration.Logger, registration.Gate, registration.Metrics))
                {
                    handlers.Add(handler);
                }
            });
    }
}
