using System;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference;

/// <summary>
/// One registered client in one container, the unkeyed one or one per key: marks that its HttpClient and
/// handlers are registered, and holds what every chain of them shares, however often the factory builds
/// one. Its options, read once; its rate-limit gate (one per registered client, as the client has one
/// token); its logger; its instruments, on the container's Meter when it has a factory; its drift reporter.
/// </summary>
internal sealed class ConferenceClientRegistration
{
    public ConferenceClientRegistration(IServiceProvider provider, string? key, string logCategory)
    {
        // The unkeyed client reads IOptions, as it always has; a keyed one its named options, once, so a
        // configuration reload cannot change its line owner under handlers built with the old token.
        Options = key is null
            ? provider.GetRequiredService<IOptions<ConferenceClientOptions>>().Value
            : provider.GetRequiredService<IOptionsMonitor<ConferenceClientOptions>>().Get(key);
        Gate = new RateLimitGate(Options.TimeProvider, Options.MaxRetryDelay);
        Metrics = provider.GetService<IMeterFactory>() is { } meters ? new ConferenceMetrics(meters) : ConferenceMetrics.Shared;
        Logger = provider.GetService<ILoggerFactory>()?.CreateLogger(logCategory) ?? NullLogger.Instance;
        Drift = new DriftReporter(Logger, Metrics);
    }

    public ConferenceClientOptions Options { get; }

    public RateLimitGate Gate { get; }

    public ConferenceMetrics Metrics { get; }

    public ILogger Logger { get; }

    /// <summary>The drift reporter every client resolved for this registration shares: each drift is reported once.</summary>
    public DriftReporter Drift { get; }

    /// <summary>The container's registration of the client with <paramref name="key"/>, or of the unkeyed client for null.</summary>
    public static ConferenceClientRegistration Of(IServiceProvider provider, string? key) =>
        // Asked for without a key when there is none, so the unkeyed client needs no keyed container.
        key is null
            ? provider.GetRequiredService<ConferenceClientRegistration>()
            : provider.GetRequiredKeyedService<ConferenceClientRegistration>(key);
}
