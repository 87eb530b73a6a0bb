using System;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

public class MemberAndMeClientTests : ConferenceServerTest
{
    private const string MemberPath = ConferencePath + "/members/member-1";
    private const string MePath = ConferencePath + "/members/me";

    [SetUp]
    public void AnswerEverything()
    {
        Server.Given(At(MemberPath + "/conference", "GET")).RespondWith(Json(200, """{"state":"connected","type":"bargeIn"}"""));
        Server.Given(At(MePath + "/conference", "GET")).RespondWith(Json(200, "{}"));
        Server.Given(AnyOperation()).AtPriority(10).RespondWith(NoContent());
    }

    [Test]
    public async Task Every_member_operation_has_its_method_path_org_and_body()
    {
        var member = CreateClient(o => o.LineOwnerId = "never-sent").ForMember("member-1", orgId: "org-1");

        var details = await member.GetConferenceDetailsAsync();
        await member.StartConferenceAsync(new[] { "c1", "c2" });
        await member.ReleaseConferenceAsync();
        await member.AddParticipantAsync("c3");
        await member.MuteAsync();
        await member.MuteAsync("c1");
        await member.UnmuteAsync("c1");
        await member.DeafenParticipantAsync("c1");
        await member.UndeafenParticipantAsync("c1");
        await member.HoldAsync();
        await member.ResumeAsync();
        await member.BargeInAsync();
        await member.SilentMonitorAsync();
        await member.SupervisorCoachAsync();

        Assert.That(details.Type, Is.EqualTo(ConferenceType.BargeIn));
        Assert.That(Server.Requests().Select(r => (r.Method, r.Path, r.QueryString(), Body(r.Body))), Is.EqualTo(new[]
        {
            ("GET", MemberPath + "/conference", "orgId=org-1", ""),
            ("POST", MemberPath + "/conference", "orgId=org-1", """{"callIds":["c1","c2"]}"""),
            ("DELETE", MemberPath + "/conference", "orgId=org-1", ""),
            ("POST", MemberPath + "/addParticipant", "orgId=org-1", """{"callId":"c3"}"""),
            ("POST", MemberPath + "/mute", "orgId=org-1", "{}"),
            ("POST", MemberPath + "/mute", "orgId=org-1", """{"callId":"c1"}"""),
            ("POST", MemberPath + "/unmute", "orgId=org-1", """{"callId":"c1"}"""),
            ("POST", MemberPath + "/deafen", "orgId=org-1", """{"callId":"c1"}"""),
            ("POST", MemberPath + "/undeafen", "orgId=org-1", """{"callId":"c1"}"""),
            ("POST", MemberPath + "/hold", "orgId=org-1", ""),
            ("POST", MemberPath + "/resume", "orgId=org-1", ""),
            ("POST", MemberPath + "/bargeIn", "orgId=org-1", ""),
            ("POST", MemberPath + "/silentMonitor", "orgId=org-1", ""),
            ("POST", MemberPath + "/supervisorCoach", "orgId=org-1", ""),
        }));
    }

    [Test]
    public async Task Without_an_org_the_member_query_is_empty()
    {
        await CreateClient().ForMember("member-1").HoldAsync();

        Assert.That(Server.Requests().Single().QueryString(), Is.Empty);
    }

    [Test]
    public async Task Member_ids_are_escaped_in_the_path()
    {
        Server.Given(WireMock.RequestBuilders.Request.Create().UsingAnyMethod()).AtPriority(20).RespondWith(NoContent());

        await CreateClient().ForMember("a/b?c#d").HoldAsync();

        Assert.That(Server.Requests().Single().AbsoluteUrl, Does.Contain("/members/a%2Fb%3Fc%23d/hold"));
    }

    [Test]
    public async Task Every_me_operation_places_the_line_owner_like_the_bare_client()
    {
        var me = CreateClient(o => o.LineOwnerId = "default-owner").ForMe();

        var details = await me.GetConferenceDetailsAsync();
        await me.StartConferenceAsync(new[] { "c1", "c2" });
        await me.ReleaseConferenceAsync(lineOwnerId: "owner");
        await me.AddParticipantAsync("c3");
        await me.MuteAsync("c1");
        await me.UnmuteAsync();
        await me.DeafenParticipantAsync("c1");
        await me.UndeafenParticipantAsync("c1");
        await me.HoldAsync(lineOwnerId: "owner");
        await me.ResumeAsync();
        await me.BargeInAsync();
        await me.SilentMonitorAsync();
        await me.SupervisorCoachAsync();

        Assert.That(details.HasConference, Is.False);
        Assert.That(Server.Requests().Select(r => (r.Method, r.Path, r.QueryString(), Body(r.Body))), Is.EqualTo(new[]
        {
            ("GET", MePath + "/conference", "lineOwnerId=default-owner", ""),
            ("POST", MePath + "/conference", "", """{"callIds":["c1","c2"],"lineOwnerId":"default-owner"}"""),
            ("DELETE", MePath + "/conference", "lineOwnerId=owner", ""),
            ("POST", MePath + "/addParticipant", "", """{"callId":"c3","lineOwnerId":"default-owner"}"""),
            ("POST", MePath + "/mute", "", """{"callId":"c1"}"""),
            ("POST", MePath + "/unmute", "", "{}"),
            ("POST", MePath + "/deafen", "", """{"callId":"c1"}"""),
            ("POST", MePath + "/undeafen", "", """{"callId":"c1"}"""),
            ("POST", MePath + "/hold", "lineOwnerId=owner", ""),
            ("POST", MePath + "/resume", "lineOwnerId=default-owner", ""),
            ("POST", MePath + "/bargeIn", "", ""),
            ("POST", MePath + "/silentMonitor", "", ""),
            ("POST", MePath + "/supervisorCoach", "", ""),
        }));
    }

    [Test]
    public async Task Guards_hold_for_members_and_me_before_anything_is_sent()
    {
        var client = CreateClient();
        var member = client.ForMember("member-1");
        var me = client.ForMe();

        Assert.Throws<ArgumentNullException>(() => client.ForMember(null!));
        Assert.Throws<ArgumentException>(() => client.ForMember(" "));
        Assert.Throws<ArgumentException>(() => client.ForMember("member-1", orgId: ""));
        Assert.Throws<ArgumentException>(() => client.ForMember(".."));
        Assert.Throws<ArgumentException>(() => client.ForMember("."));
        Assert.Throws<ArgumentException>(() => client.ForMember("me"));
        await Assert.ThrowsAsync<ArgumentException>(() => member.StartConferenceAsync(new[] { "c1" }));
        await Assert.ThrowsAsync<ArgumentException>(() => member.AddParticipantAsync(" "));
        await Assert.ThrowsAsync<ArgumentException>(() => member.MuteAsync(""));
        await Assert.ThrowsAsync<ArgumentNullException>(() => member.DeafenParticipantAsync(null!));
        await Assert.ThrowsAsync<ArgumentException>(() => me.StartConferenceAsync(new[] { "c1", "c2" }, lineOwnerId: " "));
        await Assert.ThrowsAsync<ArgumentException>(() => me.HoldAsync(lineOwnerId: ""));
        await Assert.ThrowsAsync<ArgumentException>(() => me.UndeafenParticipantAsync("\t"));

        Assert.That(Server.Requests(), Is.Empty);
    }

    [Test]
    public async Task Start_add_and_the_supervisor_modes_are_never_repeated_after_a_5xx_but_429_is_retried()
    {
        Server.Given(AnyOperation()).AtPriority(5).RespondWith(Json(503, "{}").WithHeader("Retry-After", "0"));
        var client = CreateClient(o => o.MaxRetries = 1);
        var member = client.ForMember("member-1");
        var me = client.ForMe();

        await Assert.CatchAsync<ConferenceApiException>(() => member.StartConferenceAsync(new[] { "c1", "c2" }));
        await Assert.CatchAsync<ConferenceApiException>(() => member.AddParticipantAsync("c3"));
        await Assert.CatchAsync<ConferenceApiException>(() => member.BargeInAsync());
        await Assert.CatchAsync<ConferenceApiException>(() => member.SilentMonitorAsync());
        await Assert.CatchAsync<ConferenceApiException>(() => me.SupervisorCoachAsync());
        await Assert.CatchAsync<ConferenceApiException>(() => me.StartConferenceAsync(new[] { "c1", "c2" }));
        var nonIdempotent = Server.Requests().Count;
        await Assert.CatchAsync<ConferenceApiException>(() => member.HoldAsync());
        await Assert.CatchAsync<ConferenceApiException>(() => me.MuteAsync());

        Assert.That(nonIdempotent, Is.EqualTo(6));
        Assert.That(Server.Requests(), Has.Count.EqualTo(6 + 4), "hold and mute are retried once each");
    }

    [Test]
    public async Task A_rate_limited_barge_in_is_retried()
    {
        Server.RespondInSequence(At(MemberPath + "/bargeIn", "POST"), Json(429, "{}").WithHeader("Retry-After", "0"), NoContent());

        await CreateClient().ForMember("member-1").BargeInAsync();

        Assert.That(Server.Requests().Where(r => r.Path.EndsWith("/bargeIn", StringComparison.Ordinal)).Count(), Is.EqualTo(2));
    }

    // Bodies compared as JSON, empty when there is none.
    private static string Body(string? body) =>
        string.IsNullOrEmpty(body) ? string.Empty : JToken.Parse(body).ToString(Newtonsoft.Json.Formatting.None);
}
