using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

public class ConferencePipelineTests : ConferenceServerTest
{
    // Far longer than the moment between arming the attempt timeout and firing it on the fake clock;
    // short because stopping the server waits for the answers still pending.
    private static readonly TimeSpan SlowAnswer = TimeSpan.FromSeconds(2);

    [Test]
    public async Task An_attempt_that_takes_too_long_is_retried_and_ends_as_a_timeout_exception()
    {
        Answer(ConferencePath + "/mute", "POST", NoContent().WithDelay(SlowAnswer));
        var attempts = 0;
        var client = CreateClient(o => (o.MaxRetries, o.AccessTokenProvider) = (1, CountingToken(() => attempts++)));

        var call = client.MuteAsync();
        await Clock.AdvanceWhenWaitingAsync(AttemptTimeout);
        Clock.Advance(await Clock.NextWaitAsync(ignoring: AttemptTimeout));
        await Clock.AdvanceWhenWaitingAsync(AttemptTimeout);

        var error = await Assert.CatchAsync<Exception>(() => call.Settled());
        Assert.That(error, Is.TypeOf<TimeoutException>());
        Assert.That(error!.Message, Does.Contain("30 s"));
        Assert.That(attempts, Is.EqualTo(2));
    }

    [Test]
    public async Task A_body_that_stalls_after_the_headers_counts_against_the_attempt_timeout()
    {
        using var stalling = new StallingServer();
        var client = CreateClient(o => (o.BaseAddress, o.MaxRetries) = (stalling.BaseAddress, 1));

        var call = client.GetConferenceDetailsAsync();
        await stalling.WaitUntilStalledAsync();
        Clock.Advance(AttemptTimeout);
        Clock.Advance(await Clock.NextWaitAsync(ignoring: AttemptTimeout));
        await stalling.WaitUntilStalledAsync();
        Clock.Advance(AttemptTimeout);

        await Assert.ThrowsAsync<TimeoutException>(() => call.Settled());
        Assert.That(stalling.Requests, Is.EqualTo(2));
    }

    [Test]
    public async Task A_timed_out_add_participant_is_not_sent_again()
    {
        Answer(ConferencePath + "/addParticipant", "POST", NoContent().WithDelay(SlowAnswer));
        var attempts = 0;
        var client = CreateClient(o => o.AccessTokenProvider = CountingToken(() => attempts++));

        var call = client.AddParticipantAsync("c3");
        await Clock.AdvanceWhenWaitingAsync(AttemptTimeout);

        await Assert.ThrowsAsync<TimeoutException>(() => call.Settled());
        Assert.That(attempts, Is.EqualTo(1));
    }

    [Test]
    public async Task A_timed_out_start_is_not_sent_again()
    {
        Answer(ConferencePath, "POST", NoContent().WithDelay(SlowAnswer));
        var attempts = 0;
        var client = CreateClient(o => o.AccessTokenProvider = CountingToken(() => attempts++));

        var call = client.StartConferenceAsync(new[] { "c1", "c2" });
        await Clock.AdvanceWhenWaitingAsync(AttemptTimeout);

        await Assert.ThrowsAsync<TimeoutException>(() => call.Settled());
        Assert.That(attempts, Is.EqualTo(1));
    }

    [Test]
    public async Task With_the_timeout_off_an_attempt_arms_no_timer()
    {
        Answer(ConferencePath, "GET", Json(200, "{\"state\":\"connected\"}"));
        var client = CreateClient(o => o.Timeout = Timeout.InfiniteTimeSpan);

        var details = await client.GetConferenceDetailsAsync();

        Assert.That(details.State, Is.EqualTo(ConferenceState.Connected));
        Assert.That(Clock.TryTakeWait(out _), Is.False);
    }

    [Test]
    public async Task With_the_timeout_off_a_stalled_answer_has_no_deadline_but_the_callers_token_still_ends_it()
    {
        using var stalling = new StallingServer();
        var client = CreateClient(o => (o.BaseAddress, o.MaxRetries, o.Timeout) = (stalling.BaseAddress, 0, Timeout.InfiniteTimeSpan));
        using var cancellation = new CancellationTokenSource();

        var call = client.GetConferenceDetailsAsync(cancellationToken: cancellation.Token);
        await stalling.WaitUntilStalledAsync();
        Assert.That(Clock.TryTakeWait(out _), Is.False, "no timer for the attempt in flight");
        await cancellation.CancelAsync();

        var error = await Assert.CatchAsync<Exception>(() => call.Settled());
        Assert.That(error, Is.InstanceOf<OperationCanceledException>());
        Assert.That(stalling.Requests, Is.EqualTo(1));
    }

    [Test]
    public async Task The_caller_cancelling_a_slow_call_gets_an_operation_canceled_exception()
    {
        Answer(ConferencePath, "GET", Json(200, "{}").WithDelay(SlowAnswer));
        var client = CreateClient();
        using var cancellation = new CancellationTokenSource();

        var call = client.GetConferenceDetailsAsync(cancellationToken: cancellation.Token);
        await Clock.NextWaitAsync();
        await cancellation.CancelAsync();

        var error = await Assert.CatchAsync<Exception>(() => call.Settled());
        Assert.That(error, Is.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task The_caller_cancelling_a_start_that_is_never_retried_gets_an_operation_canceled_exception_not_a_timeout()
    {
        // Start is not retried after its attempt ends, so no retry wait can turn the ending into a cancellation.
        Answer(ConferencePath, "POST", NoContent().WithDelay(SlowAnswer));
        var client = CreateClient();
        using var cancellation = new CancellationTokenSource();

        var call = client.StartConferenceAsync(new[] { "c1", "c2" }, cancellationToken: cancellation.Token);
        await Clock.NextWaitAsync();
        await cancellation.CancelAsync();

        var error = await Assert.CatchAsync<Exception>(() => call.Settled());
        Assert.That(error, Is.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task The_caller_cancelling_during_a_retried_attempt_gets_an_operation_canceled_exception()
    {
        Server.RespondInSequence(At(ConferencePath, "GET"), Json(503, "{}"), Json(200, "{}").WithDelay(SlowAnswer));
        var attempts = 0;
        var client = CreateClient(o => o.AccessTokenProvider = CountingToken(() => attempts++));
        using var cancellation = new CancellationTokenSource();

        var call = client.GetConferenceDetailsAsync(cancellationToken: cancellation.Token);
        Clock.Advance(await Clock.NextWaitAsync(ignoring: AttemptTimeout));
        Assert.That(await Clock.NextWaitAsync(), Is.EqualTo(AttemptTimeout), "the retried attempt has its own timeout");
        await cancellation.CancelAsync();

        var error = await Assert.CatchAsync<Exception>(() => call.Settled());
        Assert.That(error, Is.InstanceOf<OperationCanceledException>());
        Assert.That(attempts, Is.EqualTo(2));
    }

    [Test]
    public async Task An_already_cancelled_call_sends_nothing()
    {
        Answer(ConferencePath, "DELETE", NoContent());
        var client = CreateClient();

        await Assert.CatchAsync<OperationCanceledException>(() => client.ReleaseConferenceAsync(cancellationToken: new CancellationToken(true)));

        Assert.That(Server.Requests(), Is.Empty);
    }

    [Test]
    public async Task The_token_provider_is_asked_for_each_call_with_the_callers_token()
    {
        Answer(ConferencePath + "/hold", "POST", NoContent());
        using var cancellation = new CancellationTokenSource();
        CancellationToken seen = default;
        var client = CreateClient(o => o.AccessTokenProvider = token =>
        {
            seen = token;
            return new ValueTask<string>("fresh-token");
        });

        await client.HoldAsync(cancellationToken: cancellation.Token);

        Assert.That(Server.Requests().Single().Header("Authorization"), Is.EqualTo("Bearer fresh-token"));
        Assert.That(seen.CanBeCanceled, Is.True);
    }

    [Test]
    public async Task A_token_provider_that_returns_nothing_fails_before_sending()
    {
        Answer(ConferencePath + "/hold", "POST", NoContent());
        var client = CreateClient(o => o.AccessTokenProvider = _ => new ValueTask<string>(""));

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.HoldAsync());

        Assert.That(Server.Requests(), Is.Empty);
    }

    [Test]
    public async Task A_redirect_is_not_followed_so_the_token_never_reaches_another_origin()
    {
        using var elsewhere = WireMockServer.Start();
        elsewhere.Given(At(ConferencePath, "GET")).RespondWith(Json(200, "{}"));
        Answer(ConferencePath, "GET", Response.Create().WithStatusCode(302).WithHeader("Location", elsewhere.Url + ConferencePath));
        var client = CreateClient();

        var error = await Assert.CatchAsync<ConferenceApiException>(() => client.GetConferenceDetailsAsync());

        Assert.That(error!.StatusCode, Is.EqualTo(302));
        Assert.That(error.Headers["Location"].Single(), Is.EqualTo(elsewhere.Url + ConferencePath));
        Assert.That(elsewhere.Requests(), Is.Empty);
    }

    [Test]
    public async Task A_redirect_that_answers_503_is_not_retried_at_the_other_origin()
    {
        using var elsewhere = WireMockServer.Start();
        elsewhere.Given(At(ConferencePath, "DELETE")).RespondWith(Json(503, "{}").WithHeader("Retry-After", "0"));
        Answer(ConferencePath, "DELETE", Response.Create().WithStatusCode(307).WithHeader("Location", elsewhere.Url + ConferencePath));
        var client = CreateClient();

        await Assert.CatchAsync<ConferenceApiException>(() => client.ReleaseConferenceAsync());

        Assert.That(Server.Requests(), Has.Count.EqualTo(1));
        Assert.That(elsewhere.Requests(), Is.Empty);
    }

    [Test]
    public async Task Cookies_set_for_one_client_are_not_sent_by_another()
    {
        Answer(ConferencePath + "/hold", "POST", NoContent().WithHeader("Set-Cookie", "session=user-a; Path=/"));
        var first = CreateClient();
        var second = CreateClient(o => o.AccessToken = "another-users-token");

        await first.HoldAsync();
        await second.HoldAsync();
        await first.HoldAsync();

        Assert.That(Server.Requests().Select(r => r.Header("Cookie")), Is.All.Null);
    }

    [Test]
    public async Task Attempt_handlers_see_every_attempt_with_its_token_and_tracking_id()
    {
        Server.RespondInSequence(At(ConferencePath + "/hold", "POST"), Json(429, "{}").WithHeader("Retry-After", "0"), NoContent());
        var seen = new System.Collections.Generic.List<(string? Authorization, string TrackingId, int Status)>();
        var client = CreateClient(o => o.AttemptHandlers.Add(() => new RecordingHandler(seen)));

        await client.HoldAsync();

        Assert.That(seen.Select(s => s.Status), Is.EqualTo(new[] { 429, 204 }));
        Assert.That(seen.Select(s => s.Authorization), Is.All.EqualTo("Bearer " + Token));
        Assert.That(seen.Select(s => s.TrackingId).Distinct().Single(), Is.EqualTo(Server.Requests()[0].Header("TrackingID")));
    }

    [Test]
    public async Task One_options_object_builds_any_number_of_clients_each_with_its_own_handlers()
    {
        Server.Given(AnyOperation()).RespondWith(NoContent());
        var seen = new System.Collections.Generic.List<(string? Authorization, string TrackingId, int Status)>();
        var options = new ConferenceClientOptions { AccessToken = Token, BaseAddress = BaseAddress };
        options.AttemptHandlers.Add(() => new RecordingHandler(seen));

        var first = new ConferenceControlsClient(options);
        await first.HoldAsync();
        var second = new ConferenceControlsClient(options);
        await second.HoldAsync();
        await first.ResumeAsync();

        Assert.That(seen, Has.Count.EqualTo(3));
    }

    [Test]
    public void A_handler_maker_that_hands_out_one_handler_twice_is_refused_by_name()
    {
        var shared = new RecordingHandler([]);
        var options = new ConferenceClientOptions { AccessToken = Token, BaseAddress = BaseAddress };
        options.AttemptHandlers.Add(() => shared);
        _ = new ConferenceControlsClient(options);

        var error = Assert.Throws<InvalidOperationException>(() => _ = new ConferenceControlsClient(options));

        Assert.That(error!.Message, Does.Contain("return a new handler on every call"));
    }

    [Test]
    public async Task One_client_serves_many_concurrent_calls()
    {
        Answer(ConferencePath, "GET", Json(200, """{"state":"connected"}"""));
        var client = CreateClient();

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => client.GetConferenceDetailsAsync()));

        Assert.That(results.Select(r => r.State), Is.All.EqualTo(ConferenceState.Connected));
        Assert.That(Server.Requests().Select(r => r.Header("TrackingID")).ToList(), Is.Unique.And.Count.EqualTo(64));
    }

    [Test]
    public async Task A_base_address_without_trailing_slash_keeps_its_path()
    {
        Answer(ConferencePath + "/resume", "POST", NoContent());
        var client = CreateClient(o => o.BaseAddress = new Uri(Server.Url + "/v1"));

        await client.ResumeAsync();

        Assert.That(Server.Requests().Single().Path, Is.EqualTo(ConferencePath + "/resume"));
    }

    [Test]
    public async Task A_callers_http_client_is_used_as_it_is()
    {
        Answer(ConferencePath + "/resume", "POST", NoContent());
        using var http = new HttpClient { BaseAddress = BaseAddress };
        http.DefaultRequestHeaders.Add("Authorization", "Bearer from-caller");
        var client = new ConferenceControlsClient(http);

        await client.ResumeAsync();

        var request = Server.Requests().Single();
        Assert.That(request.Header("Authorization"), Is.EqualTo("Bearer from-caller"));
        Assert.That(request.Header("TrackingID"), Does.StartWith("WXCONF_"));
    }

    [Test]
    public void A_callers_http_client_needs_a_base_address_that_ends_with_a_slash()
    {
        using var none = new HttpClient();
        using var noSlash = new HttpClient { BaseAddress = new Uri("https://webexapis.com/v1") };

        Assert.Throws<ArgumentNullException>(() => _ = new ConferenceControlsClient((HttpClient)null!));
        Assert.Throws<ArgumentException>(() => _ = new ConferenceControlsClient(none));
        Assert.Throws<ArgumentException>(() => _ = new ConferenceControlsClient(noSlash));
    }

    [Test]
    public void Options_without_any_token_are_refused() =>
        Assert.Throws<ArgumentException>(() => new ConferenceControlsClient(new ConferenceClientOptions()));

    [TestCase("http://webexapis.com/v1/")]
    [TestCase("http://10.0.0.8/v1/")]
    [TestCase("ftp://127.0.0.1/v1/")]
    public void Plain_http_is_refused_except_on_loopback(string address) =>
        Assert.Throws<ArgumentException>(() => new ConferenceControlsClient(new ConferenceClientOptions { AccessToken = Token, BaseAddress = new Uri(address) }));

    [TestCase("http://127.0.0.1:8080/v1/")]
    [TestCase("http://localhost/v1/")]
    [TestCase("http://[::1]:9000/v1/")]
    [TestCase("https://webexapis.com/v1/")]
    public void Https_or_loopback_http_is_accepted(string address) =>
        Assert.DoesNotThrow(() => new ConferenceControlsClient(new ConferenceClientOptions { AccessToken = Token, BaseAddress = new Uri(address) }));

    [Test]
    public void A_relative_base_address_is_refused() =>
        Assert.Throws<ArgumentException>(() => new ConferenceControlsClient(new ConferenceClientOptions { AccessToken = Token, BaseAddress = new Uri("v1/", UriKind.Relative) }));

    [Test]
    public void Limits_out_of_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CreateClient(o => o.MaxRetries = -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CreateClient(o => o.MaxRetryDelay = TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => CreateClient(o => o.Timeout = TimeSpan.FromSeconds(-1)));
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => CreateClient(o => o.Timeout = TimeSpan.FromMilliseconds(5)))!.ParamName, Is.EqualTo("Timeout"));
        Assert.Throws<ArgumentOutOfRangeException>(() => CreateClient(o => o.Timeout = TimeSpan.FromMilliseconds(-2)));
        Assert.DoesNotThrow(() => CreateClient(o => o.Timeout = Timeout.InfiniteTimeSpan));
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => CreateClient(o => o.MaxRetryDelay = TimeSpan.FromDays(2)))!.ParamName, Is.EqualTo("MaxRetryDelay"));
        Assert.Throws<ArgumentNullException>(() => new ConferenceControlsClient((ConferenceClientOptions)null!));
    }

    [Test]
    public void The_defaults_are_the_documented_ones()
    {
        var options = new ConferenceClientOptions();

        Assert.Multiple(() =>
        {
            Assert.That(ConferenceClientOptions.DefaultBaseAddress, Is.EqualTo(new Uri("https://webexapis.com/v1/")));
            Assert.That(options.MaxRetries, Is.EqualTo(3));
            Assert.That(options.MaxRetryDelay, Is.EqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(options.Timeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(options.TimeProvider, Is.SameAs(TimeProvider.System));
        });
    }

    private sealed class RecordingHandler(System.Collections.Generic.List<(string? Authorization, string TrackingId, int Status)> seen) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            seen.Add((request.Headers.Authorization?.ToString(), request.Headers.GetValues("TrackingID").Single(), (int)response.StatusCode));
            return response;
        }
    }
}
