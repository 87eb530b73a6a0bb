using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NUnit.Framework;
using Polly;
using Webex.Calling.Conference.Http;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

/// <summary>One client, one rate limit: a 429's Retry-After holds every call of the client's pipeline.</summary>
public class RateLimitGateTests : ConferenceServerTest
{
    private static readonly TimeSpan Burst = TimeSpan.FromMilliseconds(50);

    [Test]
    public async Task Forty_callers_during_a_rate_limit_send_one_request_inside_it_and_all_succeed_released_without_a_burst()
    {
        using var server = new RateLimitingServer(Clock, limitFor: TimeSpan.FromSeconds(1.5), retryAfterSeconds: 2);
        var client = CreateClient(o => o.BaseAddress = server.BaseAddress);
        var calls = new List<Task>();
        var releases = new List<DateTimeOffset>();

        // A caller every 25 ms; each one's wait is armed (its own retry's, or the gate's) before the next comes.
        for (var i = 0; i < 40; i++)
        {
            if (i > 0)
            {
                Clock.Advance(TimeSpan.FromMilliseconds(25));
            }

            calls.Add(client.HoldAsync());
            releases.Add(Clock.GetUtcNow() + await Clock.NextWaitAsync(ignoring: AttemptTimeout));
        }

        // Time moves to each release in turn, and the server sees each released call before it moves on.
        var sent = server.Received.Count;
        foreach (var release in releases.Order())
        {
            Clock.Advance(release - Clock.GetUtcNow() is { Ticks: > 0 } ahead ? ahead : TimeSpan.Zero);
            await server.WaitForRequestsAsync(++sent);
        }

        await Task.WhenAll(calls).Settled();
        var received = server.Received.Select(at => at - server.Started).ToList();
        var insideLimit = received.Count(at => at < TimeSpan.FromSeconds(1.5));
        var afterRelease = received.Where(at => at >= TimeSpan.FromSeconds(1.5)).ToList();
        var mostInAnyBurst = afterRelease.Max(start => afterRelease.Count(at => at >= start && at < start + Burst));
        TestContext.Out.WriteLine(
            $"requests inside the 1.5 s limit: {insideLimit}; after it: {afterRelease.Count}, from {afterRelease.Min().TotalMilliseconds} to {afterRelease.Max().TotalMilliseconds} ms; most in any 50 ms: {mostInAnyBurst}");
        Assert.Multiple(() =>
        {
            Assert.That(insideLimit, Is.LessThanOrEqualTo(3), "the first 429 holds every later caller");
            Assert.That(received, Has.Count.EqualTo(41), "one 429, then each of the 40 calls once");
            Assert.That(afterRelease, Is.All.InRange(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2.5)), "released after Retry-After, within a quarter of it");
            Assert.That(mostInAnyBurst, Is.LessThanOrEqualTo(5), "spread evenly: 40 calls over 500 ms are 4 per 50 ms");
        });
    }

    [Test]
    public async Task A_call_made_while_another_waits_out_a_retry_after_waits_with_it_instead_of_asking_again()
    {
        Server.RespondInSequence(At(ConferencePath + "/hold", "POST"), Json(429, "{}").WithHeader("Retry-After", "10"), NoContent());
        Answer(ConferencePath + "/resume", "POST", NoContent());
        var client = CreateClient();

        var limited = client.HoldAsync();
        var first = await Clock.NextWaitAsync(ignoring: AttemptTimeout);
        var held = client.ResumeAsync();
        var second = await Clock.NextWaitAsync(ignoring: AttemptTimeout);

        Assert.That(Server.Requests(), Has.Count.EqualTo(1), "the resume waits for the hold's Retry-After, unsent");
        Assert.That(first, Is.EqualTo(TimeSpan.FromSeconds(10)), "the call the server answered goes when it said");
        Assert.That(second, Is.InRange(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(12.5)));
        Assert.That(second, Is.Not.EqualTo(first), "the two are released at different places of the spread");
        Clock.Advance(new[] { first, second }.Max());
        await Task.WhenAll(limited, held).Settled();
        Assert.That(Server.Requests().Select(r => r.Path), Is.EquivalentTo(new[] { ConferencePath + "/hold", ConferencePath + "/hold", ConferencePath + "/resume" }));
    }

    [Test]
    public async Task A_new_call_whose_wait_is_longer_than_the_cap_fails_at_once_without_sending_as_a_429_beyond_the_cap_does()
    {
        Answer(ConferencePath + "/hold", "POST", Json(429, "{}").WithHeader("Retry-After", "3600"));
        var client = CreateClient(o => o.MaxRetryDelay = TimeSpan.FromMinutes(5));
        var answered = await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync());
        Clock.Advance(TimeSpan.FromSeconds(100));

        var refused = await Assert.CatchAsync<ConferenceApiException>(() => client.MuteAsync().Settled());

        Assert.That(Server.Requests(), Has.Count.EqualTo(1), "the mute was not sent");
        Assert.That((answered!.StatusCode, answered.RetryAfter), Is.EqualTo((429, TimeSpan.FromHours(1))));
        Assert.That(refused!.StatusCode, Is.EqualTo(429));
        Assert.That(refused.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(3500)), "the time left of the server's wait");
        Assert.That(refused.Message, Does.StartWith("Not sent: the Webex API rate-limited this client").And.Contain("3500 s more, longer than MaxRetryDelay (300 s)"));
        Assert.That(refused.TrackingId, Does.StartWith("WXCONF_"), "the tracking ID the call would have sent");
    }

    [Test]
    public async Task Once_the_wait_has_passed_a_new_call_is_sent_at_once()
    {
        Server.RespondInSequence(At(ConferencePath + "/hold", "POST"), Json(429, "{}").WithHeader("Retry-After", "3600"), NoContent());
        var client = CreateClient(o => o.MaxRetryDelay = TimeSpan.FromMinutes(5));
        await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync());

        Clock.Advance(TimeSpan.FromHours(1));
        await client.HoldAsync().Settled();

        Assert.That(Server.Requests(), Has.Count.EqualTo(2), "sent without the clock moving on");
    }

    [Test]
    public async Task Cancelling_during_the_shared_wait_ends_that_call_at_once()
    {
        Answer(ConferencePath + "/hold", "POST", Json(429, "{}").WithHeader("Retry-After", "45"));
        var client = CreateClient();
        using var cancellation = new CancellationTokenSource();
        var limited = client.HoldAsync();
        await Clock.NextWaitAsync(ignoring: AttemptTimeout);

        var held = client.MuteAsync(cancellationToken: cancellation.Token);
        await Clock.NextWaitAsync(ignoring: AttemptTimeout);
        await cancellation.CancelAsync();

        await Assert.CatchAsync<OperationCanceledException>(() => held.Settled());
        Assert.That(limited.IsCompleted, Is.False, "the other call still waits");
        Assert.That(Server.Requests(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_429_without_retry_after_holds_no_other_call()
    {
        Server.RespondInSequence(At(ConferencePath + "/hold", "POST"), Json(429, "{}"), NoContent());
        Answer(ConferencePath + "/mute", "POST", NoContent());
        var client = CreateClient();

        var limited = client.HoldAsync();
        var backoff = await Clock.NextWaitAsync(ignoring: AttemptTimeout);
        await client.MuteAsync();

        Assert.That(Server.Requests(), Has.Count.EqualTo(2), "the mute went at once");
        Clock.Advance(backoff);
        await limited.Settled();
        Assert.That(Server.Requests(), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task With_retries_off_a_call_that_finds_the_limit_holding_fails_without_sending()
    {
        Answer(ConferencePath + "/hold", "POST", Json(429, "{}").WithHeader("Retry-After", "5"));
        var client = CreateClient(o => o.MaxRetries = 0);
        await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync());

        var refused = await Assert.CatchAsync<ConferenceApiException>(() => client.MuteAsync().Settled());

        Assert.That((refused!.StatusCode, refused.RetryAfter), Is.EqualTo((429, TimeSpan.FromSeconds(5))));
        Assert.That(refused.Message, Does.Contain("retries are off (MaxRetries = 0)"));
        Assert.That(Server.Requests(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task The_line_owner_member_and_me_views_share_their_clients_limit_and_another_client_has_its_own()
    {
        Answer(ConferencePath + "/hold", "POST", Json(429, "{}").WithHeader("Retry-After", "600"));
        Server.Given(AnyOperation()).AtPriority(10).RespondWith(NoContent());
        var options = Options(o => o.MaxRetryDelay = TimeSpan.FromSeconds(30));
        var client = new ConferenceControlsClient(options);
        await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync());

        Func<Task>[] views =
        [
            () => client.MuteAsync(), () => client.WithLineOwner("owner").MuteAsync(), () => client.ForMember("m1").MuteAsync(), () => client.ForMe().MuteAsync(),
        ];
        foreach (var view in views)
        {
            Assert.That((await Assert.CatchAsync<ConferenceApiException>(() => view().Settled()))!.StatusCode, Is.EqualTo(429));
        }

        await new ConferenceControlsClient(options).MuteAsync();

        Assert.That(Server.Requests().Select(r => r.Path), Is.EqualTo(new[] { ConferencePath + "/hold", ConferencePath + "/mute" }));
    }

    [Test]
    public async Task Under_dependency_injection_every_resolved_client_shares_the_registered_clients_limit()
    {
        Answer(ConferencePath + "/hold", "POST", Json(429, "{}").WithHeader("Retry-After", "600"));
        Answer(ConferencePath + "/mute", "POST", NoContent());
        var services = new ServiceCollection();
        services.AddConferenceControlsClient(o => (o.AccessToken, o.BaseAddress, o.TimeProvider, o.MaxRetryDelay) = (Token, BaseAddress, Clock, TimeSpan.FromSeconds(30)));
        using var provider = services.BuildServiceProvider();
        using var other = new ServiceCollection()
            .AddConferenceControlsClient(o => (o.AccessToken, o.BaseAddress, o.TimeProvider) = (Token, BaseAddress, Clock)).Services
            .BuildServiceProvider();
        await Assert.CatchAsync<ConferenceApiException>(() => provider.GetRequiredService<IConferenceControlsClient>().HoldAsync());

        var refused = await Assert.CatchAsync<ConferenceApiException>(() => provider.GetRequiredService<IConferenceControlsClient>().MuteAsync().Settled());
        await other.GetRequiredService<IConferenceControlsClient>().MuteAsync();

        Assert.That(refused!.StatusCode, Is.EqualTo(429));
        Assert.That(Server.Requests().Select(r => r.Path), Is.EqualTo(new[] { ConferencePath + "/hold", ConferencePath + "/mute" }), "the other container's client was not held");
    }

    [Test]
    public void A_rate_limited_answer_is_not_retried_while_the_pipeline_waits_longer_than_the_cap()
    {
        var gate = new RateLimitGate(Clock, TimeSpan.FromSeconds(30));
        var retries = new RetryPipeline(Options(o => o.MaxRetryDelay = TimeSpan.FromSeconds(30)), NullLogger.Instance, gate, ConferenceMetrics.Shared);
        using var request = new ConferenceRequestMessage(HttpMethod.Post, new Uri("telephony/conference/mute", UriKind.Relative), ConferenceOperations.Mute);
        using var answer = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { RequestMessage = request, Headers = { { "Retry-After", "5" } } };
        var retriedBefore = retries.WouldRetry(Outcome.FromResult(answer), request);

        gate.Close(TimeSpan.FromMinutes(10));

        Assert.That(retriedBefore, Is.True);
        Assert.That(retries.WouldRetry(Outcome.FromResult(answer), request), Is.False, "another call's Retry-After holds the pipeline beyond MaxRetryDelay");
    }

    [Test]
    public void A_shorter_retry_after_does_not_shorten_the_wait()
    {
        var gate = new RateLimitGate(Clock, TimeSpan.FromMinutes(5));

        gate.Close(TimeSpan.FromSeconds(10));
        gate.Close(TimeSpan.FromSeconds(2));

        Assert.That(gate.NextTurn().Remaining, Is.EqualTo(TimeSpan.FromSeconds(10)));
        Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.That((gate.IsOpen, gate.NextTurn().Pass), Is.EqualTo((true, GatePass.Open)));
    }

    [Test]
    public void The_spread_after_a_long_wait_is_at_most_five_seconds()
    {
        var gate = new RateLimitGate(Clock, TimeSpan.FromMinutes(5));

        gate.Close(TimeSpan.FromMinutes(1));
        var releases = Enumerable.Range(0, 100).Select(_ => gate.NextTurn().Release).ToList();

        Assert.That(releases, Is.All.InRange(TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(65)));
        Assert.That(releases.Max() - releases.Min(), Is.GreaterThan(TimeSpan.FromSeconds(4.9)));
    }

    [Test]
    public void An_open_gate_is_passed_without_allocating()
    {
        var gate = new RateLimitGate(Clock, TimeSpan.FromMinutes(5));
        gate.Close(TimeSpan.FromSeconds(1));
        Clock.Advance(TimeSpan.FromSeconds(1));
        _ = gate.IsOpen;

        var before = GC.GetAllocatedBytesForCurrentThread();
        var open = gate.IsOpen && gate.IsOpen;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(open, Is.True);
        Assert.That(allocated, Is.Zero);
    }

    private ConferenceClientOptions Options(Action<ConferenceClientOptions> configure)
    {
        var options = new ConferenceClientOptions { AccessToken = Token, BaseAddress = BaseAddress, TimeProvider = Clock, Timeout = AttemptTimeout };
        configure(options);
        return options;
    }
}
