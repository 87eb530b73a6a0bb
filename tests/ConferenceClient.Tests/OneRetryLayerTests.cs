using System;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

/// <summary>The client's rules are the only thing that resends, and a repeat that finds the work done reconciles.</summary>
public class OneRetryLayerTests : ConferenceServerTest
{
    private static readonly Func<IConferenceControlsClient, Task>[] EveryKindOfRequest =
    [
        c => c.ReleaseConferenceAsync(),
        c => c.HoldAsync(),
        c => c.MuteAsync("c1"),
        c => c.StartConferenceAsync(["c1", "c2"]),
    ];

    [TestCaseSource(nameof(Kinds))]
    public async Task With_no_retries_a_dropped_connection_means_one_send(int kind)
    {
        using var server = new DroppingServer(answered: 1);
        var client = CreateClient(o => (o.BaseAddress, o.MaxRetries) = (server.BaseAddress, 0));
        await client.HoldAsync();

        await Assert.CatchAsync<HttpRequestException>(() => EveryKindOfRequest[kind](client).Settled());

        Assert.That(server.Requests, Is.EqualTo(2), "the warm-up and one send: the transport resent nothing");
    }

    [Test]
    public async Task Only_a_get_may_be_sent_again_by_the_transport_as_reading_twice_is_harmless()
    {
        using var server = new DroppingServer(answered: 1);
        var client = CreateClient(o => (o.BaseAddress, o.MaxRetries) = (server.BaseAddress, 0));
        await client.HoldAsync();

        await client.GetConferenceDetailsAsync().Settled();

        Assert.That(server.Requests, Is.EqualTo(3), "the warm-up, the dropped GET and the transport's own resend on a new connection");
    }

    [Test]
    public async Task A_refused_connection_is_retried_for_start_too_as_nothing_was_sent()
    {
        var attempts = 0;
        var client = CreateClient(o => (o.BaseAddress, o.MaxRetries, o.AccessTokenProvider) = (ClosedPort.BaseAddress(), 1, CountingToken(() => attempts++)));

        var call = client.StartConferenceAsync(["c1", "c2"]);
        Clock.Advance(await Clock.NextWaitAsync(ignoring: AttemptTimeout));

        await Assert.CatchAsync<HttpRequestException>(() => call.Settled());
        Assert.That(attempts, Is.EqualTo(2));
    }

    [Test]
    public async Task A_start_whose_connection_dropped_after_sending_is_not_repeated()
    {
        using var server = new DroppingServer(answered: 0);
        var client = CreateClient(o => o.BaseAddress = server.BaseAddress);

        await Assert.CatchAsync<HttpRequestException>(() => client.StartConferenceAsync(["c1", "c2"]).Settled());

        Assert.That(server.Requests, Is.EqualTo(1));
    }

    [TestCase(503)]
    [TestCase(502)]
    public async Task A_release_repeated_after_an_answer_that_may_hide_success_and_then_told_no_conference_succeeds(int first)
    {
        Server.RespondInSequence(At(ConferencePath, "DELETE"), Json(first, "{}").WithHeader("Retry-After", "0"), Json(404, """{"message":"No conference"}"""));

        await CreateClient().ReleaseConferenceAsync();

        Assert.That(Server.Requests(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_members_release_reconciles_the_same_way()
    {
        Server.RespondInSequence(At(ConferencePath + "/members/m1/conference", "DELETE"), Json(504, "{}").WithHeader("Retry-After", "0"), Json(404, "{}"));

        await CreateClient().ForMember("m1").ReleaseConferenceAsync();

        Assert.That(Server.Requests(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_404_on_the_first_attempt_of_a_release_is_still_an_error()
    {
        Answer(ConferencePath, "DELETE", Json(404, """{"message":"No conference"}"""));

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => CreateClient().ReleaseConferenceAsync()))!;

        Assert.That(error.StatusCode, Is.EqualTo(404));
    }

    [Test]
    public async Task A_404_after_a_rate_limit_is_an_error_as_the_first_attempt_did_nothing()
    {
        Server.RespondInSequence(At(ConferencePath, "DELETE"), Json(429, "{}").WithHeader("Retry-After", "0"), Json(404, "{}"));

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => CreateClient().ReleaseConferenceAsync()))!;

        Assert.That(error.StatusCode, Is.EqualTo(404));
    }

    [Test]
    public async Task Only_operations_the_spec_marks_reconcile_a_404()
    {
        Server.RespondInSequence(At(ConferencePath + "/hold", "POST"), Json(503, "{}").WithHeader("Retry-After", "0"), Json(404, "{}"));

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => CreateClient().HoldAsync()))!;

        Assert.That(error.StatusCode, Is.EqualTo(404));
    }

    private static int[] Kinds() => [0, 1, 2, 3];
}
