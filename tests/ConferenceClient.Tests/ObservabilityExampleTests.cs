using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

/// <summary>The README's OpenTelemetry wiring, compiled and run with an in-memory exporter in place of yours.</summary>
public class ObservabilityExampleTests : ConferenceServerTest
{
    [Test]
    public async Task The_documented_wiring_exports_the_calls_activity_and_metrics()
    {
        Server.RespondInSequence(At(ConferencePath + "/hold", "POST"), Json(503, "{}").WithHeader("Retry-After", "0"), NoContent());
        var activities = new List<Activity>();
        var metrics = new List<Metric>();
        var services = new ServiceCollection();

        services.AddConferenceControlsClient(o => (o.AccessToken, o.BaseAddress) = (Token, BaseAddress));
        services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource(ConferenceControlsClient.ActivitySourceName).AddInMemoryExporter(activities))
            .WithMetrics(meters => meters.AddMeter(ConferenceControlsClient.MeterName).AddInMemoryExporter(metrics));

        using var provider = services.BuildServiceProvider();
        // A host builds these when it starts; here they are asked for.
        var tracing = provider.GetRequiredService<TracerProvider>();
        var meters = provider.GetRequiredService<MeterProvider>();
        await provider.GetRequiredService<IConferenceControlsClient>().HoldAsync();
        meters.ForceFlush();
        tracing.ForceFlush();

        var hold = activities.Single();
        Assert.That((hold.DisplayName, hold.GetTagItem("webex.attempts"), hold.GetTagItem("url.template")), Is.EqualTo(("Hold", 2, "/v1/telephony/conference/hold")));
        Assert.That(metrics.Select(m => m.Name), Is.SupersetOf(new[] { "webex.conference.call.duration", "webex.conference.retries" }));
    }
}
