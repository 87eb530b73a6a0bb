using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Tests;

/// <summary>The client against the simulator: whole conferences, line owners, faults and retries.</summary>
public class EndToEndTests
{
    private ConferenceSimulator _simulator = null!;

    [SetUp]
    public void StartSimulator() => _simulator = ConferenceSimulator.Start();

    [TearDown]
    public void StopSimulator() => _simulator.Dispose();

    [Test]
    public async Task A_whole_conference_from_start_to_release()
    {
        foreach (var call in new[] { "alice", "bob", "carol" })
        {
            _simulator.AddCall(call);
        }

        var client = Client();

        Assert.That((await client.GetConferenceDetailsAsync()).HasConference, Is.False);
        await client.StartConferenceAsync(new[] { "alice", "bob" });
        await client.AddParticipantAsync("carol");
        await client.MuteAsync("alice");
        await client.DeafenParticipantAsync("bob");
        await client.MuteAsync();
        await client.HoldAsync();
        var held = await client.GetConferenceDetailsAsync();
        await client.ResumeAsync();
        await client.UnmuteAsync("alice");
        await client.UndeafenParticipantAsync("bob");
        var resumed = await client.GetConferenceDetailsAsync();
        await client.ReleaseConferenceAsync();
        var released = await client.GetConferenceDetailsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(held.State, Is.EqualTo(ConferenceState.Held));
            Assert.That(held.Muted, Is.True);
            Assert.That(held.Participants!.Select(p => (p.CallId, p.Muted, p.Deafened)),
                Is.EqualTo(new[] { ("alice", (bool?)true, (bool?)false), ("bob", false, true), ("carol", false, false) }));
            Assert.That(resumed.State, Is.EqualTo(ConferenceState.Connected));
            Assert.That(resumed.Participants!.All(p => p.Muted == false && p.Deafened == false), Is.True);
            Assert.That(resumed.Created, Is.Not.Null);
            Assert.That(released.HasConference, Is.False);
        });
    }

    [Test]
    public async Task Line_owners_keep_their_conferences_apart()
    {
        _simulator.AddCall("own-1");
        _simulator.AddCall("own-2");
        _simulator.AddCall("front-1", lineOwnerId: "front-desk");
        _simulator.AddCall("front-2", lineOwnerId: "front-desk");
        var client = Client();
        var frontDesk = client.WithLineOwner("front-desk");

        await frontDesk.StartConferenceAsync(new[] { "front-1", "front-2" });
        await client.StartConferenceAsync(new[] { "own-1", "own-2" });
        await frontDesk.HoldAsync();

        Assert.That((await frontDesk.GetConferenceDetailsAsync()).State, Is.EqualTo(ConferenceState.Held));
        Assert.That((await client.GetConferenceDetailsAsync()).State, Is.EqualTo(ConferenceState.Connected));
        Assert.That((await client.GetConferenceDetailsAsync(lineOwnerId: "front-desk")).Participants!.Select(p => p.CallId),
            Is.EqualTo(new[] { "front-1", "front-2" }));
    }

    [Test]
    public async Task A_line_owners_conference_from_start_to_release_through_faults()
    {
        _simulator.AddCall("front-1", lineOwnerId: "front-desk");
        _simulator.AddCall("front-2", lineOwnerId: "front-desk");
        _simulator.AddCall("front-3", lineOwnerId: "front-desk");
        var frontDesk = Client().WithLineOwner("front-desk");
        _simulator.InjectFault(SimulatedFault.RateLimited(TimeSpan.Zero), operation: SimulatedOperation.StartConference);
        _simulator.InjectFault(SimulatedFault.Locked(TimeSpan.Zero), operation: SimulatedOperation.AddParticipant);
        _simulator.InjectFault(SimulatedFault.GatewayError(502), operation: SimulatedOperation.Hold);
        _simulator.InjectFault(SimulatedFault.GatewayError(504, TimeSpan.Zero), operation: SimulatedOperation.ReleaseConference);

        await frontDesk.StartConferenceAsync(new[] { "front-1", "front-2" });
        await frontDesk.AddParticipantAsync("front-3");
        await frontDesk.MuteAsync("front-2");
        await frontDesk.HoldAsync();
        var held = await frontDesk.GetConferenceDetailsAsync();
        await frontDesk.ResumeAsync();
        await frontDesk.ReleaseConferenceAsync();

        Assert.Multiple(() =>
        {
            Assert.That(held.State, Is.EqualTo(ConferenceState.Held));
            Assert.That(held.Participants!.Select(p => (p.CallId, p.Muted)),
                Is.EqualTo(new[] { ("front-1", (bool?)false), ("front-2", true), ("front-3", false) }));
            Assert.That(_simulator.Requests.Where(r => r.Status >= 400).Select(r => (r.Operation, r.Status)), Is.EqualTo(new (SimulatedOperation?, int?)[]
            {
                (SimulatedOperation.StartConference, 429), (SimulatedOperation.AddParticipant, 423),
                (SimulatedOperation.Hold, 502), (SimulatedOperation.ReleaseConference, 504),
            }));
            Assert.That(_simulator.Requests.Where(r => r.Operation is SimulatedOperation.GetConferenceDetails or SimulatedOperation.ReleaseConference or SimulatedOperation.Hold or SimulatedOperation.Resume)
                .Select(r => r.Query["lineOwnerId"]), Is.All.EqualTo("front-desk"));
        });
        Assert.That((await frontDesk.GetConferenceDetailsAsync()).HasConference, Is.False);
    }

    [Test]
    public async Task A_supervisor_takes_a_members_conference_through_every_mode()
    {
        _simulator.AddMemberCall("agent-7", "customer");
        _simulator.AddMemberCall("agent-7", "agent-leg");
        var member = Client().ForMember("agent-7", orgId: "org-1");

        await member.StartConferenceAsync(new[] { "customer", "agent-leg" });
        await member.SilentMonitorAsync();
        var monitoring = await member.GetConferenceDetailsAsync();
        await member.SupervisorCoachAsync();
        var coaching = await member.GetConferenceDetailsAsync();
        await member.BargeInAsync();
        await member.MuteAsync("customer");
        var bargedIn = await member.GetConferenceDetailsAsync();
        await member.ReleaseConferenceAsync();
        var released = await member.GetConferenceDetailsAsync();
        var own = await Client().GetConferenceDetailsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(monitoring.Type, Is.EqualTo(ConferenceType.SilentMonitoring));
            Assert.That(coaching.Type, Is.EqualTo(ConferenceType.Coaching));
            Assert.That(bargedIn.Type, Is.EqualTo(ConferenceType.BargeIn));
            Assert.That(bargedIn.Participants!.Single(p => p.CallId == "customer").Muted, Is.True);
            Assert.That(released.HasConference, Is.False);
            Assert.That(own.HasConference, Is.False, "the user's own conference is another one");
            Assert.That(_simulator.Requests.Select(r => r.MemberId).Distinct(), Is.EqualTo(new[] { "agent-7", null }));
        });
    }

    [TestCase("a/b")]
    [TestCase("a+b")]
    [TestCase("100%")]
    [TestCase("Y2lz Y29z==")]
    public async Task Member_ids_with_reserved_characters_reach_their_own_conference(string memberId)
    {
        _simulator.AddMemberCall(memberId, "x1");
        _simulator.AddMemberCall(memberId, "x2");
        var member = Client().ForMember(memberId);

        await member.StartConferenceAsync(new[] { "x1", "x2" });
        await member.HoldAsync();

        Assert.That((await member.GetConferenceDetailsAsync()).State, Is.EqualTo(ConferenceState.Held));
        Assert.That(_simulator.Requests.Select(r => r.MemberId), Is.All.EqualTo(memberId));
    }

    [Test]
    public async Task Me_is_the_users_own_conference_with_line_owners()
    {
        _simulator.AddCall("c1");
        _simulator.AddCall("c2");
        _simulator.AddCall("f1", lineOwnerId: "front-desk");
        _simulator.AddCall("f2", lineOwnerId: "front-desk");
        var client = Client();
        var me = client.ForMe();

        await me.StartConferenceAsync(new[] { "c1", "c2" });
        await me.StartConferenceAsync(new[] { "f1", "f2" }, lineOwnerId: "front-desk");
        await me.HoldAsync(lineOwnerId: "front-desk");
        await me.SupervisorCoachAsync();

        Assert.That((await client.GetConferenceDetailsAsync()).Type, Is.EqualTo(ConferenceType.Coaching), "members/me and the bare paths share the user's conference");
        Assert.That((await me.GetConferenceDetailsAsync(lineOwnerId: "front-desk")).State, Is.EqualTo(ConferenceState.Held));
        Assert.That(_simulator.Requests.Where(r => r.MemberId == "me").Select(r => r.Operation), Does.Contain(SimulatedOperation.SupervisorCoach));
    }

    [Test]
    public async Task A_members_conference_refuses_calls_of_other_lines()
    {
        _simulator.AddCall("mine-1");
        _simulator.AddCall("mine-2");
        var member = Client().ForMember("agent-7");

        var error = await Assert.CatchAsync<ConferenceApiException>(() => member.StartConferenceAsync(new[] { "mine-1", "mine-2" }));
        var noConference = await Assert.CatchAsync<ConferenceApiException>(() => member.BargeInAsync());

        Assert.That(error!.StatusCode, Is.EqualTo(404));
        Assert.That(noConference!.StatusCode, Is.EqualTo(404));
    }

    [Test]
    public async Task A_rate_limited_call_is_retried_and_succeeds()
    {
        _simulator.AddCall("c1");
        _simulator.AddCall("c2");
        _simulator.InjectFault(SimulatedFault.RateLimited(TimeSpan.Zero), times: 2, operation: SimulatedOperation.StartConference);
        var client = Client();

        await client.StartConferenceAsync(new[] { "c1", "c2" });

        Assert.That(_simulator.Requests.Select(r => r.Status), Is.EqualTo(new[] { 429, 429, 204 }));
        Assert.That((await client.GetConferenceDetailsAsync()).HasConference, Is.True);
    }

    [Test]
    public async Task A_gateway_error_is_retried_for_mute_but_not_for_start()
    {
        _simulator.AddCall("c1");
        _simulator.AddCall("c2");
        var client = Client();
        _simulator.InjectFault(SimulatedFault.GatewayError(503, TimeSpan.Zero), operation: SimulatedOperation.StartConference);

        var error = await Assert.CatchAsync<ConferenceApiException>(() => client.StartConferenceAsync(new[] { "c1", "c2" }));
        await client.StartConferenceAsync(new[] { "c1", "c2" });
        _simulator.InjectFault(SimulatedFault.GatewayError(503, TimeSpan.Zero), operation: SimulatedOperation.Mute);
        await client.MuteAsync("c1");

        Assert.That(error!.StatusCode, Is.EqualTo(503));
        Assert.That(error.TrackingId, Does.StartWith("ROUTER_SIM_"));
        Assert.That(_simulator.Requests.Select(r => (r.Operation, r.Status)), Is.EqualTo(new (SimulatedOperation?, int?)[]
        {
            (SimulatedOperation.StartConference, 503), (SimulatedOperation.StartConference, 204),
            (SimulatedOperation.Mute, 503), (SimulatedOperation.Mute, 204),
        }));
    }

    [Test]
    public async Task Mistakes_come_back_as_webex_errors_with_the_simulators_tracking_id()
    {
        _simulator.AddCall("c1");
        _simulator.AddCall("c2");
        var client = Client();

        var unknown = await Assert.CatchAsync<ConferenceApiException>(() => client.StartConferenceAsync(new[] { "c1", "ghost" }));
        var noConference = await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync());
        var wrongToken = await Assert.CatchAsync<ConferenceApiException>(
            () => new ConferenceControlsClient(new ConferenceClientOptions { AccessToken = "wrong", BaseAddress = _simulator.BaseAddress }).GetConferenceDetailsAsync());

        Assert.That(unknown!.StatusCode, Is.EqualTo(404));
        Assert.That(unknown.WebexMessage, Does.Contain("ghost"));
        Assert.That(unknown.TrackingId, Is.EqualTo(_simulator.Requests[0].AnsweredTrackingId));
        Assert.That(noConference!.StatusCode, Is.EqualTo(404));
        Assert.That(wrongToken!.StatusCode, Is.EqualTo(401));
    }

    [Test]
    public async Task Details_from_a_newer_server_keep_what_this_version_does_not_know()
    {
        _simulator.AddCall("c1");
        _simulator.AddCall("c2");
        var client = Client();
        await client.StartConferenceAsync(new[] { "c1", "c2" });
        _simulator.InjectFault(SimulatedFault.FutureDetails());

        var details = await client.GetConferenceDetailsAsync();

        Assert.That(details.State!.Value.IsDocumented, Is.False);
        Assert.That(details.State.Value.ToString(), Is.EqualTo("transferring"));
        Assert.That(details.HasConference, Is.True);
        Assert.That(details.Type!.Value.IsDocumented, Is.False);
        Assert.That(details.Type.Value.ToString(), Is.EqualTo("whisperCoaching"));
        Assert.That(details.AdditionalProperties.Keys, Does.Contain("recording"));
        Assert.That(details.Participants![0].AdditionalProperties["role"], Is.EqualTo(new RawJson("\"agent\"")));
    }

    [Test]
    public async Task A_malformed_answer_is_a_typed_error()
    {
        _simulator.InjectFault(SimulatedFault.MalformedBody());
        var client = Client();

        var error = await Assert.CatchAsync<ConferenceApiException>(() => client.GetConferenceDetailsAsync());

        Assert.That(error!.StatusCode, Is.EqualTo(200));
        Assert.That(error.Response, Does.StartWith("""{"state":"connected","""));
    }

    private ConferenceControlsClient Client() =>
        new(new ConferenceClientOptions { AccessToken = _simulator.AccessToken, BaseAddress = _simulator.BaseAddress });
}
