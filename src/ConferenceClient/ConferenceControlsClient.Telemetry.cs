namespace Webex.Calling.Conference;

// The names to wire the client's traces and metrics into OpenTelemetry by (see the README).
public partial class ConferenceControlsClient
{
    /// <summary>
    /// The name of the <see cref="System.Diagnostics.ActivitySource"/> that traces each call of the
    /// client's pipeline: <c>tracing.AddSource(ConferenceControlsClient.ActivitySourceName)</c>.
    /// </summary>
    public const string ActivitySourceName = "Webex.Calling.Conference";

    /// <summary>
    /// The name of the <see cref="System.Diagnostics.Metrics.Meter"/> of the client's pipeline (call
    /// durations, retries, rate-limit waits): <c>metrics.AddMeter(ConferenceControlsClient.MeterName)</c>.
    /// </summary>
    public const string MeterName = "Webex.Calling.Conference";
}
