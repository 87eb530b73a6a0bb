using System;
using System.Net.Http;
using Microsoft.Extensions.Logging;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference;

/// <summary>
/// The Webex Calling Conference Controls API: start, inspect and steer the conference of the calling
/// user. One instance serves many concurrent calls; keep it for the life of the application.
/// </summary>
public partial class ConferenceControlsClient
{
    private readonly string? _lineOwnerId;

    /// <summary>
    /// A client with the full pipeline: bearer token, tracking IDs, retries and per-attempt timeouts, a
    /// rate limit that a 429's Retry-After sets for all its calls, tracing and metrics.
    /// </summary>
    /// <exception cref="ArgumentException">No token is set, a setting is out of range, or the base address is not https.</exception>
    public ConferenceControlsClient(ConferenceClientOptions options)
        : this(options ?? throw new ArgumentNullException(nameof(options)), ConferencePipeline.LoggerFor(options))
    {
    }

    // One logger for the pipeline and the drift reporter; the drift reporter on the shared Meter, as the pipeline's instruments.
    private ConferenceControlsClient(ConferenceClientOptions options, ILogger logger)
        : this(ConferencePipeline.CreateHttpClient(options, logger), options.LineOwnerId, new DriftReporter(logger, ConferenceMetrics.Shared))
    {
    }

    internal ConferenceControlsClient(HttpClient httpClient, string? lineOwnerId, DriftReporter drift)
        : this(httpClient)
    {
        _lineOwnerId = lineOwnerId;
        _drift = drift;
    }

    // Runs in every constructor, including the generated one that takes the caller's HttpClient.
    partial void Initialize()
    {
        if (_httpClient is null)
        {
            throw new ArgumentNullException("httpClient");
        }

        if (_httpClient.BaseAddress is not { IsAbsoluteUri: true } address || !address.AbsoluteUri.EndsWith('/'))
        {
            throw new ArgumentException(
                "The HttpClient needs an absolute BaseAddress that ends with '/', such as https://webexapis.com/v1/.",
                "httpClient");
        }
    }
}
