using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

/// <summary>
/// What no answer can do to the client's rate-limit gate: close it for longer than MaxRetryDelay, turn a
/// 423 into a 429, slip a Retry-After past the cap, or undo the spread of the calls it holds.
/// </summary>
public class RateLimitGateBoundsTests : ConferenceServerTest
{
    private static readonly TimeSpan Slice = TimeSpan.FromMilliseconds(50);

    [Test]
    public async Task A_two_day_retry_after_closes_the_gate_for_MaxRetryDelay_then_one_call_probes()
    {
        const string value = "172800";
        Server.RespondInSequence(At(ConferencePath + "/hold", "POST"),
            Json(429, "{}").WithHeader("Retry-After", value), NoContent(), Json(429, "{}").WithHeader("Retry-After", value));
        Answer(ConferencePath + "/mute", "POST", NoContent());
        var client = CreateClient(o => o.MaxRetryDelay = TimeSpan.FromSeconds(10));

        var answered = await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync().Settled());
        Clock.Advance(TimeSpan.FromSeconds(4));
        var refused = await Assert.CatchAsync<ConferenceApiException>(() => client.MuteAsync().Settled());
        var sentWhileClosed = Server.Requests().Count;

        Clock.Advance(TimeSpan.FromSeconds(6));
        await client.HoldAsync().Settled();
        await client.MuteAsync().Settled();

        Assert.Multiple(() =>
        {
            Assert.That((answered!.StatusCode, answered.RetryAfter), Is.EqualTo((429, TimeSpan.FromDays(2))), "the answer itself fails at once, with the server's wait");
            Assert.That(refused!.StatusCode, Is.EqualTo(429));
            Assert.That(refused.RetryAfter, Is.EqualTo(TimeSpan.FromDays(2) - TimeSpan.FromSeconds(4)), "the server's wait left, for the caller to decide");
            Assert.That(refused.Message, Does.StartWith("Not sent:"));
            Assert.That(sentWhileClosed, Is.EqualTo(1), "nothing is sent while the gate is closed");
            Assert.That(Server.Requests().Select(r => r.Path), Is.EqualTo(new[] { ConferencePath + "/hold", ConferencePath + "/hold", ConferencePath + "/mute" }),
                "after MaxRetryDelay the next call probes; its success opens the gate for the rest");
        });
    }

    [Test]
    public async Task A_probe_answered_with_the_same_limit_closes_the_gate_again_for_MaxRetryDelay()
    {
        Answer(ConferencePath + "/hold", "POST", Json(429, "{}").WithHeader("Retry-After", "172800"));
        Answer(ConferencePath + "/mute", "POST", NoContent());
        var client = CreateClient(o => o.MaxRetryDelay = TimeSpan.FromSeconds(10));
        await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync().Settled());

        Clock.Advance(TimeSpan.FromSeconds(10));
        var probe = await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync().Settled());
        var held = await Assert.CatchAsync<ConferenceApiException>(() => client.MuteAsync().Settled());
        Clock.Advance(TimeSpan.FromSeconds(10));
        await client.MuteAsync().Settled();

        Assert.That(probe!.Message, Does.Not.StartWith("Not sent:"), "the probe was sent");
        Assert.That(held!.Message, Does.StartWith("Not sent:"), "the probe's 429 closed the gate again");
        Assert.That(Server.Requests().Select(r => r.Path), Is.EqualTo(new[] { ConferencePath + "/hold", ConferencePath + "/hold", ConferencePath + "/mute" }));
    }

    [Test]
    public async Task A_locked_answer_stays_a_423_in_the_calls_it_holds()
    {
        Answer(ConferencePath + "/addParticipant", "POST", Json(423, "{}").WithHeader("Retry-After", "20"));
        var client = CreateClient(o => o.MaxRetryDelay = TimeSpan.FromSeconds(10));
        await Assert.CatchAsync<ConferenceApiException>(() => client.AddParticipantAsync("c3"));

        var refused = await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync().Settled());

        Assert.That((refused!.StatusCode, refused.RetryAfter), Is.EqualTo((423, TimeSpan.FromSeconds(20))));
        Assert.That(refused.Message, Does.StartWith("Not sent: the Webex API rate-limited this client (423 Locked with Retry-After)"));
        Assert.That(Server.Requests(), Has.Count.EqualTo(1));
    }

    [TestCase("Retry-After: 99999999999999999999999\r\n", TestName = "A Retry-After too large for a long fails fast as over the cap")]
    [TestCase("Retry-After: 5\r\nRetry-After: 172800\r\n", TestName = "Two Retry-After headers are read as the longer, and fail fast as over the cap")]
    [TestCase("Retry-After: 172800\r\n", TestName = "A Retry-After of two days fails fast as over the cap")]
    [TestCase("Date: Sat, 01 Jan 2000 00:00:00 GMT\r\nRetry-After: Mon, 03 Jan 2000 00:00:00 GMT\r\n", TestName = "A Retry-After date two days ahead fails fast as over the cap")]
    public async Task Over_the_cap(string headers)
    {
        using var server = new RawAnswerServer($"HTTP/1.1 429 Too Many Requests\r\n{headers}Content-Length: 2\r\n\r\n{{}}");
        var client = CreateClient(o => (o.BaseAddress, o.MaxRetryDelay) = (server.BaseAddress, TimeSpan.FromSeconds(10)));

        var failed = await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync().Settled());
        var refused = await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync().Settled());

        Assert.That(failed!.StatusCode, Is.EqualTo(429));
        Assert.That(failed.RetryAfter, Is.GreaterThanOrEqualTo(TimeSpan.FromDays(2)), "the wait the server asked for, over the cap");
        Assert.That(server.Requests, Is.EqualTo(1), "sent once, not retried with backoff, and the next call is not sent");
        Assert.That(refused!.Message, Does.StartWith("Not sent:"));
    }

    [Test]
    public async Task A_hundred_calls_limited_at_once_retry_spread_evenly_though_each_later_429_extends_the_limit()
    {
        using var server = new HeldLimitServer(Clock, limited: 100, retryAfterSeconds: 2);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var client = CreateClient(o => o.BaseAddress = server.BaseAddress);
        var calls = Enumerable.Range(0, 100).Select(_ => client.HoldAsync()).ToList();
        for (var i = 0; i < 100; i++)
        {
            await server.NextArrivalAsync(patience.Token);
        }

        // The 429s come four at a time, 1 ms apart, as from a real server, each four once the calls before
        // have armed their waits: every 1 ms, a later limit extends the one that holds.
        var waits = new List<DateTimeOffset>();
        var nextWait = Clock.NextWaitAsync(AttemptTimeout, patience.Token);
        for (var i = 0; i < 25; i++)
        {
            Clock.Advance(TimeSpan.FromMilliseconds(1));
            for (var answer = 0; answer < 4; answer++)
            {
                server.AnswerOne();
            }

            for (var answer = 0; answer < 4; answer++)
            {
                waits.Add(Clock.GetUtcNow() + await nextWait);
                nextWait = Clock.NextWaitAsync(AttemptTimeout, patience.Token);
            }
        }

        // Time moves to each wait in turn. A wait that ends either sends its call or arms another wait.
        var retried = new List<DateTimeOffset>();
        var nextArrival = server.NextArrivalAsync(patience.Token).AsTask();
        while (retried.Count < 100)
        {
            var due = waits.Min();
            var ending = waits.RemoveAll(at => at == due);
            Clock.Advance(due - Clock.GetUtcNow());
            for (var e = 0; e < ending; e++)
            {
                if (await Task.WhenAny(nextWait, nextArrival) == nextWait)
                {
                    waits.Add(Clock.GetUtcNow() + await nextWait);
                    nextWait = Clock.NextWaitAsync(AttemptTimeout, patience.Token);
                }
                else
                {
                    retried.Add(await nextArrival);
                    nextArrival = server.NextArrivalAsync(patience.Token).AsTask();
                }
            }
        }

        await Task.WhenAll(calls).Settled();
        await patience.CancelAsync();
        var mostInASlice = retried.Max(start => retried.Count(at => at >= start && at < start + Slice));
        var span = retried.Max() - retried.Min();
        TestContext.Out.WriteLine($"100 retries from {retried.Min():HH:mm:ss.fff} over {span.TotalMilliseconds} ms; most in any 50 ms: {mostInASlice}");
        Assert.That(mostInASlice, Is.LessThanOrEqualTo(20), "100 calls over the 500 ms spread are 10 per 50 ms: at most twice that");
    }
}
