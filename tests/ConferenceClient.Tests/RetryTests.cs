using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using WireMock.ResponseBuilders;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

public class RetryTests : ConferenceServerTest
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(60);

    [Test]
    public async Task Rate_limited_start_is_retried_once_the_retry_after_has_passed()
    {
        Server.RespondInSequence(At(ConferencePath, "POST"),
            Json(429, """{"message":"Too many requests"}""").WithHeader("Retry-After", "7"),
            NoContent());
        var client = CreateClient();

        var call = client.StartConferenceAsync(new[] { "c1", "c2" });
        var wait = await Clock.NextWaitAsync(ignoring: AttemptTimeout);

        Assert.That(wait, Is.EqualTo(TimeSpan.FromSeconds(7)), "a lone call waits exactly its Retry-After: only calls held with it are spread");
        Assert.That(Server.Requests(), Has.Count.EqualTo(1), "nothing is resent before the wait is over");
        Clock.Advance(wait);
        await call.Settled();
        var requests = Server.Requests();
        Assert.That(requests, Has.Count.EqualTo(2));
        Assert.That(requests.Select(r => r.Body), Is.All.EqualTo(requests[0].Body));
        Assert.That(requests.Select(r => r.Header("TrackingID")).Distinct().Count(), Is.EqualTo(1), "retries keep the call's tracking ID");
    }

    [Test]
    public async Task Locked_with_retry_after_is_retried_for_every_operation()
    {
        Server.RespondInSequence(At(ConferencePath + "/addParticipant", "POST"),
            Json(423, "{}").WithHeader("Retry-After", "2"),
            NoContent());
        var client = CreateClient();

        var call = client.AddParticipantAsync("c3");
        Assert.That(await Clock.NextWaitAsync(ignoring: AttemptTimeout), Is.EqualTo(TimeSpan.FromSeconds(2)));
        Clock.Advance(TimeSpan.FromSeconds(2));
        await call.Settled();

        Assert.That(Server.Requests(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Locked_with_an_unreadable_retry_after_is_retried_with_backoff()
    {
        Server.RespondInSequence(At(ConferencePath, "POST"),
            Json(423, "{}").WithHeader("Retry-After", "rand(30),add(30)"),
            NoContent());
        var client = CreateClient();

        var call = client.StartConferenceAsync(new[] { "c1", "c2" });
        var wait = await WaitOutRetryAsync(call);

        Assert.That(wait, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(MaxRetryDelay));
        Assert.That(Server.Requests(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_retry_after_date_sets_the_wait()
    {
        // The server stamps its own Date header (whole seconds), from which the date is measured.
        var inTwentySeconds = DateTimeOffset.UtcNow.AddSeconds(20).ToString("r", System.Globalization.CultureInfo.InvariantCulture);
        Server.RespondInSequence(At(ConferencePath + "/hold", "POST"),
            Json(503, "{}").WithHeader("Retry-After", inTwentySeconds),
            NoContent());
        var client = CreateClient();

        var call = client.HoldAsync();
        var wait = await WaitOutRetryAsync(call);

        Assert.That(wait, Is.InRange(TimeSpan.FromSeconds(18), TimeSpan.FromSeconds(21)));
        Assert.That(Server.Requests(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Locked_without_retry_after_is_not_retried()
    {
        Answer(ConferencePath + "/mute", "POST", Json(423, "{}"));
        var client = CreateClient();

        var error = await Assert.CatchAsync<ConferenceApiException>(() => client.MuteAsync());

        Assert.That(error!.StatusCode, Is.EqualTo(423));
        Assert.That(Server.Requests(), Has.Count.EqualTo(1));
    }

    [TestCase(408)]
    [TestCase(502)]
    [TestCase(503)]
    [TestCase(504)]
    public async Task Transient_failures_of_idempotent_operations_are_retried_with_backoff(int status)
    {
        Server.RespondInSequence(At(ConferencePath + "/mute", "POST"), Json(status, "{}"), NoContent());
        var client = CreateClient();

        var call = client.MuteAsync("c1");
        var wait = await WaitOutRetryAsync(call);

        Assert.That(wait, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(MaxRetryDelay));
        Assert.That(Server.Requests(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Every_idempotent_operation_is_retried_after_a_503()
    {
        Server.Given(AnyOperation())
            .RespondWith(Json(503, "{}").WithHeader("Retry-After", "0"));
        var client = CreateClient(o => o.MaxRetries = 1);
        Func<Task>[] idempotent =
        [
            () => client.GetConferenceDetailsAsync(), () => client.ReleaseConferenceAsync(), () => client.MuteAsync(),
            () => client.UnmuteAsync("c1"), () => client.DeafenParticipantAsync("c1"), () => client.UndeafenParticipantAsync("c1"),
            () => client.HoldAsync(), () => client.ResumeAsync(),
        ];

        foreach (var operation in idempotent)
        {
            await Assert.CatchAsync<ConferenceApiException>(() => operation());
        }

        Assert.That(Server.Requests(), Has.Count.EqualTo(2 * idempotent.Length));
    }

    [TestCase(502)]
    [TestCase(503)]
    [TestCase(504)]
    [TestCase(408)]
    public async Task Start_and_add_participant_are_never_sent_twice_after_a_transient_failure(int status)
    {
        Server.Given(At(ConferencePath, "POST")).RespondWith(Json(status, "{}").WithHeader("Retry-After", "0"));
        Server.Given(At(ConferencePath + "/addParticipant", "POST")).RespondWith(Json(status, "{}").WithHeader("Retry-After", "0"));
        var client = CreateClient();

        var start = await Assert.CatchAsync<ConferenceApiException>(() => client.StartConferenceAsync(new[] { "c1", "c2" }));
        var add = await Assert.CatchAsync<ConferenceApiException>(() => client.AddParticipantAsync("c3"));

        Assert.That(start!.StatusCode, Is.EqualTo(status));
        Assert.That(add!.StatusCode, Is.EqualTo(status));
        Assert.That(Server.Requests(), Has.Count.EqualTo(2));
    }

    [TestCase(500)]
    [TestCase(400)]
    [TestCase(401)]
    [TestCase(404)]
    [TestCase(409)]
    public async Task Other_failures_are_not_retried(int status)
    {
        Answer(ConferencePath, "GET", Json(status, "{}"));
        var client = CreateClient();

        var error = await Assert.CatchAsync<ConferenceApiException>(() => client.GetConferenceDetailsAsync());

        Assert.That(error!.StatusCode, Is.EqualTo(status));
        Assert.That(Server.Requests(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task When_retries_run_out_the_last_answer_is_the_exception()
    {
        Answer(ConferencePath + "/hold", "POST", Json(429, """{"message":"slow down"}""").WithHeader("Retry-After", "0"));
        var client = CreateClient(o => o.MaxRetries = 2);

        var error = await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync());

        Assert.That(error!.StatusCode, Is.EqualTo(429));
        Assert.That(error.WebexMessage, Is.EqualTo("slow down"));
        Assert.That(error.RetryAfter, Is.EqualTo(TimeSpan.Zero));
        Assert.That(Server.Requests(), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task A_retry_after_longer_than_the_cap_fails_at_once_and_says_how_long()
    {
        Answer(ConferencePath + "/hold", "POST", Json(429, "{}").WithHeader("Retry-After", "3600"));
        var client = CreateClient(o => o.MaxRetryDelay = TimeSpan.FromMinutes(5));

        var error = await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync());

        Assert.That(error!.RetryAfter, Is.EqualTo(TimeSpan.FromHours(1)));
        Assert.That(Server.Requests(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task An_unreadable_retry_after_falls_back_to_backoff()
    {
        Server.RespondInSequence(At(ConferencePath + "/hold", "POST"),
            Json(429, "{}").WithHeader("Retry-After", "rand(30),add(30)"),
            NoContent());
        var client = CreateClient();

        var call = client.HoldAsync();
        var wait = await WaitOutRetryAsync(call);

        Assert.That(wait, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(MaxRetryDelay));
        Assert.That(Server.Requests(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Zero_retries_turns_retrying_off()
    {
        Answer(ConferencePath + "/hold", "POST", Json(429, "{}").WithHeader("Retry-After", "0"));
        var client = CreateClient(o => o.MaxRetries = 0);

        await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync());

        Assert.That(Server.Requests(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_refreshed_token_is_used_on_the_retry()
    {
        Server.RespondInSequence(At(ConferencePath + "/hold", "POST"),
            Json(429, "{}").WithHeader("Retry-After", "0"),
            NoContent());
        var issued = 0;
        var client = CreateClient(o => o.AccessTokenProvider = _ => new ValueTask<string>($"token-{Interlocked.Increment(ref issued)}"));

        await client.HoldAsync();

        Assert.That(Server.Requests().Select(r => r.Header("Authorization")), Is.EqualTo(new[] { "Bearer token-1", "Bearer token-2" }));
    }

    [Test]
    public async Task Connection_failures_of_idempotent_operations_are_retried()
    {
        var attempts = 0;
        var client = CreateClient(o => (o.BaseAddress, o.MaxRetries, o.AccessTokenProvider) = (ClosedPort.BaseAddress(), 2, CountingToken(() => attempts++)));

        var call = client.ResumeAsync();
        Clock.Advance(await Clock.NextWaitAsync(ignoring: AttemptTimeout));
        Clock.Advance(await Clock.NextWaitAsync(ignoring: AttemptTimeout));

        await Assert.CatchAsync<HttpRequestException>(() => call.Settled());
        Assert.That(attempts, Is.EqualTo(3));
    }

    [Test]
    public async Task Cancelling_during_a_retry_wait_ends_the_call_at_once()
    {
        Answer(ConferencePath + "/hold", "POST", Json(429, "{}").WithHeader("Retry-After", "45"));
        var client = CreateClient();
        using var cancellation = new CancellationTokenSource();

        var call = client.HoldAsync(cancellationToken: cancellation.Token);
        Assert.That(await Clock.NextWaitAsync(ignoring: AttemptTimeout), Is.EqualTo(TimeSpan.FromSeconds(45)));
        await cancellation.CancelAsync();

        await Assert.CatchAsync<OperationCanceledException>(() => call.Settled());
        Assert.That(Server.Requests(), Has.Count.EqualTo(1));
    }

    // Waits until the retry's delay is armed, lets it pass, and lets the call finish; returns the delay.
    private async Task<TimeSpan> WaitOutRetryAsync(Task call)
    {
        var wait = await Clock.NextWaitAsync(ignoring: AttemptTimeout);
        Clock.Advance(wait);
        await call.Settled();
        return wait;
    }
}
