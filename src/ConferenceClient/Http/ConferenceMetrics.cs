using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;

namespace Webex.Calling.Conference.Http;

/// <summary>
/// The instruments of the Meter <c>Webex.Calling.Conference</c>, created once per Meter. A client built
/// from options uses <see cref="Shared"/>, on a static Meter, as .NET advises for code outside dependency
/// injection; a registered client uses a Meter from the container's <see cref="IMeterFactory"/> when it
/// has one (hosts register it), so each container measures its own calls. Tags stay low-cardinality:
/// the operation (36 at most), an outcome or a reason; a drift's subject, of which a client reports at
/// most <see cref="DriftReporter.Limit"/>. Nothing is recorded, nor any tag built, while no
/// listener has enabled an instrument.
/// </summary>
internal sealed class ConferenceMetrics
{
    // OpenTelemetry's buckets for HTTP durations, and longer ones for calls that wait out a rate limit.
    private static readonly double[] CallBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60];
    private static readonly double[] WaitBuckets = [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120];

    private static readonly Lazy<ConferenceMetrics> SharedMetrics = new(() => new(new Meter(ConferenceControlsClient.MeterName, ClientVersion.Value)));

    private readonly Histogram<double> _callDuration;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _rateLimitWaits;
    private readonly Histogram<double> _rateLimitWaitDuration;
    private readonly Counter<long> _drift;

    /// <summary>The instruments on a Meter from the container's factory.</summary>
    public ConferenceMetrics(IMeterFactory meterFactory)
        : this(meterFactory.Create(new MeterOptions(ConferenceControlsClient.MeterName) { Version = ClientVersion.Value }))
    {
    }

    private ConferenceMetrics(Meter meter)
    {
        _callDuration = meter.CreateHistogram(
            "webex.conference.call.duration", "s", "The time a call took, its retries and waits included.",
            tags: null, new InstrumentAdvice<double> { HistogramBucketBoundaries = CallBuckets });
        _retries = meter.CreateCounter<long>("webex.conference.retries", "{retry}", "Attempts repeated by the retry rules.");
        _rateLimitWaits = meter.CreateCounter<long>("webex.conference.rate_limit.waits", "{wait}",
            "Waits a 429 or 423 caused: a call's own retry's, or the shared rate-limit gate's.");
        _rateLimitWaitDuration = meter.CreateHistogram(
            "webex.conference.rate_limit.wait.duration", "s", "The wait the client scheduled for a rate limit, spread included.",
            tags: null, new InstrumentAdvice<double> { HistogramBucketBoundaries = WaitBuckets });
        _drift = meter.CreateCounter<long>("webex.conference.drift", "{drift}",
            "Distinct ways Webex's answers differed from the client's spec, each counted once per client.");
    }

    /// <summary>The instruments on the static Meter, for clients built from options.</summary>
    public static ConferenceMetrics Shared => SharedMetrics.Value;

    /// <summary>Whether a listener wants call durations: the caller times the call only then.</summary>
    public bool MeasuresCalls => _callDuration.Enabled;

    public void RecordCall(string operation, string outcome, TimeSpan duration)
    {
        if (_callDuration.Enabled)
        {
            _callDuration.Record(duration.TotalSeconds, Tag(ConferenceTelemetry.Operation, operation), Tag(ConferenceTelemetry.Outcome, outcome));
        }
    }

    public void RecordRetry(string operation, string reason)
    {
        if (_retries.Enabled)
        {
            _retries.Add(1, Tag(ConferenceTelemetry.Operation, operation), Tag(ConferenceTelemetry.RetryReason, reason));
        }
    }

    public void RecordRateLimitWait(string operation, TimeSpan wait)
    {
        if (_rateLimitWaits.Enabled)
        {
            _rateLimitWaits.Add(1, Tag(ConferenceTelemetry.Operation, operation));
        }

        if (_rateLimitWaitDuration.Enabled)
        {
            _rateLimitWaitDuration.Record(wait.TotalSeconds, Tag(ConferenceTelemetry.Operation, operation));
        }
    }

    public void RecordDrift(string operation, string kind, string subject)
    {
        if (_drift.Enabled)
        {
            _drift.Add(1, Tag(ConferenceTelemetry.Operation, operation), Tag(ConferenceTelemetry.DriftKind, kind), Tag(ConferenceTelemetry.DriftSubject, subject));
        }
    }

    private static KeyValuePair<string, object?> Tag(string name, string value) => new(name, value);
}
