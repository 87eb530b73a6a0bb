using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Http;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

public class TracingTests : ConferenceServerTest
{
    private ActivityRecorder _activities = null!;

    [SetUp]
    public void Listen() => _activities = new ActivityRecorder();

    [TearDown]
    public void StopListening() => _activities.Dispose();

    [Test]
    public async Task Each_call_is_one_client_activity_named_after_the_operation_with_the_http_client_tags()
    {
        Answer(ConferencePath + "/members/m1/mute", "POST", NoContent().WithHeader("TrackingID", "ROUTER_OK"));
        var client = CreateClient();

        await client.ForMember("m1").MuteAsync("c1");

        var activity = _activities.Stopped.Single();
        Assert.Multiple(() =>
        {
            Assert.That((activity.Source.Name, activity.DisplayName, activity.Kind), Is.EqualTo(("Webex.Calling.Conference", "MuteForMember", ActivityKind.Client)));
            Assert.That(activity.Status, Is.EqualTo(ActivityStatusCode.Unset));
            Assert.That(activity.GetTagItem("http.request.method"), Is.EqualTo("POST"));
            Assert.That(activity.GetTagItem("url.template"), Is.EqualTo("/v1/telephony/conference/members/{memberId}/mute"));
            Assert.That(activity.GetTagItem("server.address"), Is.EqualTo(BaseAddress.Host));
            Assert.That(activity.GetTagItem("server.port"), Is.EqualTo(BaseAddress.Port));
            Assert.That(activity.GetTagItem("http.response.status_code"), Is.EqualTo(204));
            Assert.That(activity.GetTagItem("webex.operation"), Is.EqualTo("MuteForMember"));
            Assert.That(activity.GetTagItem("webex.tracking_id"), Is.EqualTo("ROUTER_OK"));
            Assert.That(activity.GetTagItem("webex.attempts"), Is.EqualTo(1));
            Assert.That(activity.GetTagItem("error.type"), Is.Null);
        });
    }

    [Test]
    public async Task A_retried_call_is_one_activity_that_counts_its_attempts_and_keeps_the_tracking_id_it_sent()
    {
        Server.RespondInSequence(At(ConferencePath + "/hold", "POST"), Json(503, "{}").WithHeader("Retry-After", "0"), NoContent());
        var client = CreateClient();

        await client.HoldAsync();

        var activity = _activities.Stopped.Single();
        Assert.That(activity.GetTagItem("webex.attempts"), Is.EqualTo(2));
        Assert.That(activity.GetTagItem("webex.tracking_id"), Is.EqualTo(Server.Requests()[0].Header("TrackingID")));
        Assert.That(activity.Status, Is.EqualTo(ActivityStatusCode.Unset));
    }

    [Test]
    public async Task A_failed_answer_makes_an_error_activity_whose_error_type_is_the_status()
    {
        Answer(ConferencePath, "POST", Json(404, """{"message":"no such call","trackingId":"ROUTER_404"}""").WithHeader("TrackingID", "ROUTER_404"));
        var client = CreateClient();

        await Assert.CatchAsync<ConferenceApiException>(() => client.StartConferenceAsync(new[] { "c1", "c2" }));

        var activity = _activities.Stopped.Single();
        Assert.That(activity.Status, Is.EqualTo(ActivityStatusCode.Error));
        Assert.That(activity.GetTagItem("error.type"), Is.EqualTo("404"));
        Assert.That(activity.GetTagItem("http.response.status_code"), Is.EqualTo(404));
        Assert.That(activity.GetTagItem("webex.tracking_id"), Is.EqualTo("ROUTER_404"));
    }

    [Test]
    public async Task A_call_without_an_answer_has_the_exception_type_as_error_type_and_no_status()
    {
        var client = CreateClient(o => (o.BaseAddress, o.MaxRetries) = (ClosedPort.BaseAddress(), 0));

        await Assert.CatchAsync<HttpRequestException>(() => client.HoldAsync());

        var activity = _activities.Stopped.Single();
        Assert.That(activity.Status, Is.EqualTo(ActivityStatusCode.Error));
        Assert.That(activity.GetTagItem("error.type"), Is.EqualTo("System.Net.Http.HttpRequestException"));
        Assert.That(activity.GetTagItem("http.response.status_code"), Is.Null);
        Assert.That(activity.GetTagItem("webex.tracking_id"), Does.StartWith("WXCONF_"));
    }

    [Test]
    public async Task A_call_held_back_by_a_rate_limit_beyond_the_cap_is_an_error_activity_with_no_attempt()
    {
        Answer(ConferencePath + "/hold", "POST", Json(429, "{}").WithHeader("Retry-After", "3600"));
        var client = CreateClient();
        await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync());

        await Assert.CatchAsync<ConferenceApiException>(() => client.ResumeAsync());

        var resume = _activities.Stopped.Single(a => a.DisplayName == "Resume");
        Assert.That((resume.GetTagItem("webex.attempts"), resume.GetTagItem("error.type"), resume.Status), Is.EqualTo((0, "429", ActivityStatusCode.Error)));
    }

    [Test]
    public async Task No_token_line_owner_or_member_id_ever_becomes_a_tag()
    {
        const string token = "TOKEN-SECRET-7f3a";
        const string lineOwner = "OWNER-SECRET-41c2";
        const string member = "MEMBER-SECRET-9b0e";
        Server.Given(At(ConferencePath, "GET")).RespondWith(Json(200, $$"""{"state":"connected","participants":[{"callId":"{{member}}"}]}"""));
        Server.Given(AnyOperation()).AtPriority(10)
            .RespondWith(Json(429, $$"""{"message":"{{lineOwner}} {{member}} {{token}}"}""").WithHeader("Retry-After", "0").WithHeader("TrackingID", $"ROUTER_{token}"));
        var client = CreateClient(o => (o.AccessToken, o.LineOwnerId, o.MaxRetries) = (token, lineOwner, 1));

        await client.GetConferenceDetailsAsync();
        await Assert.CatchAsync<ConferenceApiException>(() => client.StartConferenceAsync(new[] { "c1", "c2" }));
        await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync());
        await Assert.CatchAsync<ConferenceApiException>(() => client.WithLineOwner(lineOwner).AddParticipantAsync("c3"));
        await Assert.CatchAsync<ConferenceApiException>(() => client.ForMember(member).MuteAsync("c1"));
        await Assert.CatchAsync<ConferenceApiException>(() => client.ForMember(member, orgId: "ORG").ReleaseConferenceAsync());

        Assert.That(_activities.Stopped, Has.Count.EqualTo(6));
        Assert.That(_activities.AllText, Has.None.Contains(token).And.None.Contains(lineOwner).And.None.Contains(member));
        Assert.That(_activities.Stopped.Select(a => a.GetTagItem("webex.tracking_id")), Has.Some.EqualTo("ROUTER_***"), "the server's tracking ID, with the token it echoed masked");
    }

    [Test]
    public async Task The_attempts_run_inside_the_calls_activity_so_the_platforms_http_spans_are_its_children()
    {
        Answer(ConferencePath + "/hold", "POST", NoContent());
        ActivityTraceId? traced = null;
        var client = CreateClient(o => o.AttemptHandlers.Add(() => new SeeingHandler(() => traced = Activity.Current?.TraceId)));

        await client.HoldAsync();

        Assert.That(traced, Is.EqualTo(_activities.Stopped.Single().TraceId), "the attempts run inside the call's activity");
    }

    [Test]
    public async Task Without_a_listener_no_activity_is_created()
    {
        _activities.Dispose();
        Answer(ConferencePath + "/hold", "POST", NoContent());
        Activity? current = null;
        var client = CreateClient(o => o.AttemptHandlers.Add(() => new SeeingHandler(() => current = Activity.Current)));

        await client.HoldAsync();

        Assert.That(ConferenceTelemetry.Source.HasListeners(), Is.False);
        Assert.That(current, Is.Null);
    }

    [Test]
    public async Task Without_a_listener_a_call_is_handed_on_without_allocating()
    {
        _activities.Dispose();
        using var answer = new HttpResponseMessage(HttpStatusCode.NoContent);
        var answered = Task.FromResult(answer);
        using var request = new ConferenceRequestMessage(HttpMethod.Post, new Uri("https://webexapis.com/v1/telephony/conference/hold"), ConferenceOperations.Hold);
        using var invoker = new HttpMessageInvoker(new TelemetryHandler(ConferenceMetrics.Shared, ConferenceClientOptions.DefaultBaseAddress, Clock)
        {
            InnerHandler = new AnsweringHandler(answered),
        });
        await invoker.SendAsync(request, CancellationToken.None);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var sent = invoker.SendAsync(request, CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(sent, Is.SameAs(answered), "no async frame of the handler's own");
        Assert.That(allocated, Is.Zero);
    }

    // Runs an action on each attempt, inside the call.
    private sealed class SeeingHandler(Action see) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            see();
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class AnsweringHandler(Task<HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => answer;
    }
}
