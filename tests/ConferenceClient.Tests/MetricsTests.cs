using System;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Webex.Calling.Conference.Http;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

public class MetricsTests : ConferenceServerTest
{
    private const string CallDuration = "webex.conference.call.duration";
    private const string Retries = "webex.conference.retries";
    private const string RateLimitWaits = "webex.conference.rate_limit.waits";
    private const string RateLimitWaitDuration = "webex.conference.rate_limit.wait.duration";

    private MeasurementRecorder _measurements = null!;

    [SetUp]
    public void Listen() => _measurements = new MeasurementRecorder();

    [TearDown]
    public void StopListening() => _measurements.Dispose();

    [Test]
    public async Task Each_call_records_its_duration_in_seconds_by_operation_and_outcome()
    {
        Server.RespondInSequence(At(ConferencePath + "/hold", "POST"), Json(503, "{}").WithHeader("Retry-After", "3"), NoContent());
        Answer(ConferencePath + "/mute", "POST", Json(404, "{}"));
        Answer(ConferencePath + "/resume", "POST", Json(500, "{}"));
        var client = CreateClient();

        var hold = client.HoldAsync();
        Clock.Advance(await Clock.NextWaitAsync(ignoring: AttemptTimeout));
        await hold.Settled();
        await Assert.CatchAsync<ConferenceApiException>(() => client.MuteAsync());
        await Assert.CatchAsync<ConferenceApiException>(() => client.ResumeAsync());
        await Assert.CatchAsync<System.Net.Http.HttpRequestException>(
            () => CreateClient(o => (o.BaseAddress, o.MaxRetries) = (ClosedPort.BaseAddress(), 0)).ReleaseConferenceAsync());

        var calls = _measurements.Of(CallDuration);
        Assert.That(calls.Select(c => (c.Tags["webex.operation"], c.Tags["webex.outcome"])), Is.EqualTo(new[]
        {
            ("Hold", "success"), ("Mute", "client_error"), ("Resume", "server_error"), ("ReleaseConference", "no_answer"),
        }));
        Assert.That(calls.Select(c => c.Tags.Count), Is.All.EqualTo(2), "operation and outcome only");
        Assert.That(calls[0].Unit, Is.EqualTo("s"));
        Assert.That(calls[0].Value, Is.EqualTo(3), "the hold's retry wait, by the client's clock");
    }

    [Test]
    public async Task Retries_are_counted_by_reason()
    {
        Server.RespondInSequence(At(ConferencePath + "/mute", "POST"),
            Json(429, "{}").WithHeader("Retry-After", "0"),
            Json(503, "{}").WithHeader("Retry-After", "0"),
            Json(408, "{}").WithHeader("Retry-After", "0"),
            NoContent());
        var client = CreateClient();
        await client.MuteAsync();
        var unreachable = CreateClient(o => (o.BaseAddress, o.MaxRetries) = (ClosedPort.BaseAddress(), 1));

        var release = unreachable.ReleaseConferenceAsync();
        Clock.Advance(await Clock.NextWaitAsync(ignoring: AttemptTimeout));
        await Assert.CatchAsync<System.Net.Http.HttpRequestException>(() => release.Settled());

        Assert.That(_measurements.Of(Retries).Select(r => (r.Tags["webex.operation"], r.Tags["webex.retry.reason"], r.Value)), Is.EqualTo(new[]
        {
            ("Mute", "rate_limited", 1d), ("Mute", "gateway", 1d), ("Mute", "timeout", 1d), ("ReleaseConference", "connection", 1d),
        }));
    }

    [Test]
    public async Task Rate_limit_waits_are_counted_and_timed_for_the_call_answered_429_and_the_call_it_held()
    {
        Server.RespondInSequence(At(ConferencePath + "/hold", "POST"), Json(429, "{}").WithHeader("Retry-After", "8"), NoContent());
        Answer(ConferencePath + "/mute", "POST", NoContent());
        var client = CreateClient();
        var limited = client.HoldAsync();
        var first = await Clock.NextWaitAsync(ignoring: AttemptTimeout);

        var held = client.MuteAsync();
        var second = await Clock.NextWaitAsync(ignoring: AttemptTimeout);
        Clock.Advance(new[] { first, second }.Max());
        await Task.WhenAll(limited, held).Settled();

        Assert.That(_measurements.Of(RateLimitWaits).Select(w => (w.Tags["webex.operation"], w.Value)), Is.EqualTo(new[] { ("Hold", 1d), ("Mute", 1d) }));
        Assert.That(_measurements.Of(RateLimitWaitDuration).Select(w => w.Value), Is.EqualTo(new[] { first.TotalSeconds, second.TotalSeconds }).Within(0.001), "the waits scheduled (timers keep whole milliseconds)");
        Assert.That(_measurements.Of(RateLimitWaitDuration).Select(w => w.Value), Is.All.InRange(8, 10));
        Assert.That(_measurements.Of(Retries).Single().Tags["webex.retry.reason"], Is.EqualTo("rate_limited"), "a held call is not retried: it was never sent");
    }

    [Test]
    public async Task A_registered_client_measures_on_the_meter_of_the_containers_factory()
    {
        Answer(ConferencePath + "/hold", "POST", NoContent());
        var services = new ServiceCollection().AddMetrics();
        services.AddConferenceControlsClient(o => (o.AccessToken, o.BaseAddress) = (Token, BaseAddress));
        using var provider = services.BuildServiceProvider();
        using var containers = new MeasurementRecorder(scope: provider.GetRequiredService<IMeterFactory>());

        await provider.GetRequiredService<IConferenceControlsClient>().HoldAsync();

        Assert.That(containers.Of(CallDuration).Single().Tags["webex.operation"], Is.EqualTo("Hold"));
    }

    [Test]
    public void Without_a_listener_nothing_is_recorded_and_nothing_allocated()
    {
        _measurements.Dispose();
        var metrics = ConferenceMetrics.Shared;
        metrics.RecordCall("Hold", "success", TimeSpan.FromSeconds(1));

        var before = GC.GetAllocatedBytesForCurrentThread();
        metrics.RecordCall("Hold", "success", TimeSpan.FromSeconds(1));
        metrics.RecordRetry("Hold", "rate_limited");
        metrics.RecordRateLimitWait("Hold", TimeSpan.FromSeconds(1));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(metrics.MeasuresCalls, Is.False);
        Assert.That(allocated, Is.Zero);
    }
}
