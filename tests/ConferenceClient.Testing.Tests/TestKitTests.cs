using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Webex.Calling.Conference.Testing.Tests;

/// <summary>What a test reads and changes on the simulator directly: reset, faults, hang-ups and snapshots.</summary>
public class TestKitTests : SimulatorTest
{
    [Test]
    public async Task Reset_gives_a_fresh_simulator_at_the_same_address_with_the_same_token()
    {
        var (address, token) = (Simulator.BaseAddress, Simulator.AccessToken);
        Simulator.AddCall("c1");
        Simulator.AddCall("c2");
        Simulator.AddMemberCall("m1", "c1");
        await Post("telephony/conference", """{"callIds":["c1","c2"]}""");
        Simulator.InjectFault(SimulatedFault.Locked(), operation: SimulatedOperation.Hold);

        Simulator.Reset();

        Assert.Multiple(() =>
        {
            Assert.That((Simulator.BaseAddress, Simulator.AccessToken), Is.EqualTo((address, token)));
            Assert.That(Simulator.GetConference(), Is.Null);
            Assert.That(Simulator.GetCalls(), Is.Empty);
            Assert.That(Simulator.GetMemberCalls("m1"), Is.Empty);
            Assert.That(Simulator.PendingFaults, Is.Empty);
            Assert.That(Simulator.Requests, Is.Empty);
        });
        await ErrorOf(await Post("telephony/conference/hold"), 404);
        Simulator.AddCall("c1");
        Simulator.AddCall("c2");
        Assert.That(Status(await Post("telephony/conference", """{"callIds":["c1","c2"]}""")), Is.EqualTo(204));
        Assert.That(Simulator.GetConference()!.Appearance, Is.EqualTo(1), "appearances count again from 1");
    }

    [Test]
    public async Task Reset_ends_a_held_answer_and_keeps_it_out_of_the_new_journal()
    {
        Simulator.InjectFault(SimulatedFault.Delay(TimeSpan.FromHours(1)));
        var held = Http.GetAsync("telephony/conference");
        // The fault is taken once the request holds its answer.
        Assert.That(SpinWait.SpinUntil(() => Simulator.PendingFaults.Count == 0, TimeSpan.FromSeconds(30)), Is.True);

        Simulator.Reset();

        await ErrorOf(await held, 503);
        Assert.That(Simulator.Requests, Is.Empty);
    }

    [Test]
    public async Task Pending_faults_are_listed_in_order_until_used_or_cleared()
    {
        Simulator.InjectFault(SimulatedFault.RateLimited(TimeSpan.FromSeconds(2)), times: 2, operation: SimulatedOperation.Mute);
        Simulator.InjectFault(SimulatedFault.Locked());

        var injected = Simulator.PendingFaults;
        await Http.GetAsync("telephony/conference");
        var afterDetails = Simulator.PendingFaults;
        Simulator.ClearFaults();
        var mute = await Post("telephony/conference/mute");

        Assert.Multiple(() =>
        {
            Assert.That(injected, Is.EqualTo(new[]
            {
                new PendingFault(SimulatedFault.RateLimited(TimeSpan.FromSeconds(2)), "Mute") { Times = 2 },
                new PendingFault(SimulatedFault.Locked(), null),
            }));
            Assert.That(injected.Select(f => f.ToString()), Is.EqualTo(new[]
            {
                "RateLimited(Retry-After 2 s) on Mute, 2 times", "Locked on any operation",
            }));
            Assert.That(afterDetails, Is.EqualTo(new[] { new PendingFault(SimulatedFault.RateLimited(TimeSpan.FromSeconds(2)), "Mute") { Times = 2 } }));
            Assert.That(Simulator.PendingFaults, Is.Empty);
        });
        await ErrorOf(mute, 404);
    }

    [TestCaseSource(nameof(FaultNames))]
    public void A_fault_reads_as_the_factory_call_that_made_it(SimulatedFault fault, string expected) =>
        Assert.That(fault.ToString(), Is.EqualTo(expected));

    [Test]
    public async Task Hanging_up_one_of_three_leaves_a_conference_of_two()
    {
        await StartConferenceAsync("c1", "c2", "c3");

        Simulator.HangUp("c2");

        Assert.That(Simulator.GetConference()!.Participants.Select(p => p.CallId), Is.EqualTo(new[] { "c1", "c3" }));
        Assert.That(Simulator.GetCalls(), Is.EqualTo(new[] { "c1", "c3" }));
        await ErrorOf(await Post("telephony/conference/mute", """{"callId":"c2"}"""), 404);
    }

    [Test]
    public async Task Hanging_up_one_of_two_ends_the_conference_and_the_other_call_stays_on_the_line()
    {
        await StartConferenceAsync("c1", "c2");

        Simulator.HangUp("c1");

        Assert.That(await Details(), Is.Empty);
        Assert.That(Simulator.GetConference(), Is.Null);
        Assert.That(Simulator.GetCalls(), Is.EqualTo(new[] { "c2" }));
        Simulator.AddCall("c3");
        Assert.That(Status(await Post("telephony/conference", """{"callIds":["c2","c3"]}""")), Is.EqualTo(204));
    }

    [Test]
    public async Task A_call_hung_up_outside_a_conference_is_gone_from_its_line_only()
    {
        Simulator.AddCall("c1");
        Simulator.AddCall("c2");
        Simulator.AddCall("c1", lineOwnerId: "reception");

        Simulator.HangUp("c1");

        Assert.That(Simulator.GetCalls(), Is.EqualTo(new[] { "c2" }));
        Assert.That(Simulator.GetCalls("reception"), Is.EqualTo(new[] { "c1" }));
        await ErrorOf(await Post("telephony/conference", """{"callIds":["c1","c2"]}"""), 404);
    }

    [Test]
    public void Hanging_up_a_call_the_line_does_not_have_is_an_argument_exception()
    {
        Simulator.AddCall("c1");
        Simulator.AddMemberCall("m1", "c2");

        Assert.Throws<ArgumentException>(() => Simulator.HangUp("c9"));
        Assert.Throws<ArgumentException>(() => Simulator.HangUp("c1", lineOwnerId: "reception"));
        Assert.Throws<ArgumentException>(() => Simulator.HangUp("c2"));
        Assert.Throws<ArgumentException>(() => Simulator.HangUpMemberCall("m2", "c2"));
        Assert.Throws<ArgumentException>(() => Simulator.HangUpMemberCall("me", "c1"));
        Assert.That(Simulator.GetCalls(), Is.EqualTo(new[] { "c1" }));
    }

    [Test]
    public async Task A_members_call_hangs_up_in_the_members_conference()
    {
        await StartMemberConferenceAsync("agent-7", "a", "b");

        Simulator.HangUpMemberCall("agent-7", "a");

        Assert.That(Simulator.GetMemberConference("agent-7"), Is.Null);
        Assert.That(Simulator.GetMemberCalls("agent-7"), Is.EqualTo(new[] { "b" }));
    }

    [Test]
    public async Task A_snapshot_shows_the_conference_as_it_was_when_taken()
    {
        await StartConferenceAsync("c1", "c2");
        await Post("telephony/conference/mute", """{"callId":"c1"}""");
        await Post("telephony/conference/deafen", """{"callId":"c2"}""");
        await Post("telephony/conference/mute");
        await Post("telephony/conference/hold");
        var wire = await Details();

        var snapshot = Simulator.GetConference()!;
        await Post("telephony/conference/resume");

        Assert.Multiple(() =>
        {
            Assert.That((snapshot.State, snapshot.Type, snapshot.HostMuted, snapshot.Appearance), Is.EqualTo(("held", (string?)null, true, 1)));
            Assert.That(snapshot.Participants, Is.EqualTo(new[] { new SimulatedParticipantSnapshot("c1", true, false), new SimulatedParticipantSnapshot("c2", false, true) }));
            Assert.That(snapshot.Created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
                Is.EqualTo(wire["created"]!.GetValue<string>()));
            Assert.That(snapshot.ToString(), Is.EqualTo("held conference 1 (host muted): c1 (muted), c2 (deafened)"));
            Assert.That(Simulator.GetConference()!.State, Is.EqualTo("connected"));
        });
    }

    [Test]
    public async Task A_members_snapshot_shows_the_supervisor_mode_and_other_lines_have_none()
    {
        await StartMemberConferenceAsync("agent-7", "a", "b");
        await Post("telephony/conference/members/agent-7/silentMonitor");

        var member = Simulator.GetMemberConference("agent-7");

        Assert.That(member!.Type, Is.EqualTo("silentMonitoring"));
        Assert.That(member.ToString(), Is.EqualTo("connected conference 1 (silentMonitoring): a, b"));
        Assert.That(Simulator.GetConference(), Is.Null);
        Assert.That(Simulator.GetConference("nobody"), Is.Null);
        Assert.That(Simulator.GetMemberConference("agent-8"), Is.Null);
        Assert.Throws<ArgumentException>(() => Simulator.GetMemberConference("me"));
        Assert.Throws<ArgumentException>(() => Simulator.GetConference(" "));
    }

    [Test]
    public async Task The_readme_samples_call_ids_run_on_one_simulator_one_line_each()
    {
        AddCalls("c1", "c2");
        Simulator.AddCall("c1", lineOwnerId: "reception");
        Simulator.AddCall("c2", lineOwnerId: "reception");
        Simulator.AddMemberCall("member-id", "c1");
        Simulator.AddMemberCall("member-id", "c2");

        var own = await Post("telephony/conference", """{"callIds":["c1","c2"]}""");
        var reception = await Post("telephony/conference", """{"callIds":["c1","c2"],"lineOwnerId":"reception"}""");
        var member = await Post("telephony/conference/members/member-id/conference", """{"callIds":["c1","c2"]}""");
        await Post("telephony/conference/members/member-id/mute", """{"callId":"c1"}""");

        Assert.That(new[] { own, reception, member }.Select(Status), Is.All.EqualTo(204));
        Assert.That(Simulator.GetMemberConference("member-id")!.Participants[0].Muted, Is.True);
        Assert.That(Simulator.GetConference()!.Participants[0].Muted, Is.False, "members stay separate");
        Assert.That(Simulator.GetConference("reception")!.Participants[0].Muted, Is.False);
    }

    [Test]
    public async Task Mute_and_deafen_look_in_the_users_own_conference_first_then_the_line_owners_in_the_order_first_named()
    {
        foreach (var owner in new[] { "second-desk", "first-desk" })
        {
            Simulator.AddCall("c1", lineOwnerId: owner);
            Simulator.AddCall("c2", lineOwnerId: owner);
        }

        await Post("telephony/conference", """{"callIds":["c1","c2"],"lineOwnerId":"first-desk"}""");
        await Post("telephony/conference", """{"callIds":["c1","c2"],"lineOwnerId":"second-desk"}""");
        await Post("telephony/conference/deafen", """{"callId":"c1"}""");
        await StartConferenceAsync("c1", "c2");
        await Post("telephony/conference/mute", """{"callId":"c1"}""");

        Assert.Multiple(() =>
        {
            Assert.That(Simulator.GetConference()!.Participants[0], Is.EqualTo(new SimulatedParticipantSnapshot("c1", true, false)));
            Assert.That(Simulator.GetConference("second-desk")!.Participants[0], Is.EqualTo(new SimulatedParticipantSnapshot("c1", false, true)),
                "second-desk was named first");
            Assert.That(Simulator.GetConference("first-desk")!.Participants[0], Is.EqualTo(new SimulatedParticipantSnapshot("c1", false, false)));
        });
    }

    [Test]
    public void Calls_read_back_in_the_order_they_were_added_and_are_a_copy()
    {
        Simulator.AddCall("b");
        Simulator.AddCall("a");

        var calls = Simulator.GetCalls();
        Simulator.AddCall("c");

        Assert.That(calls, Is.EqualTo(new[] { "b", "a" }));
        Assert.That(Simulator.GetCalls(), Is.EqualTo(new[] { "b", "a", "c" }));
        Assert.That(Simulator.GetCalls("nobody"), Is.Empty);
    }

    private static object[] FaultNames() =>
    [
        new object[] { SimulatedFault.RateLimited(TimeSpan.FromSeconds(1.2)), "RateLimited(Retry-After 2 s)" },
        new object[] { SimulatedFault.Locked(), "Locked" },
        new object[] { SimulatedFault.Locked(TimeSpan.FromSeconds(3)), "Locked(Retry-After 3 s)" },
        new object[] { SimulatedFault.GatewayError(503), "GatewayError(503)" },
        new object[] { SimulatedFault.GatewayError(502, TimeSpan.Zero), "GatewayError(502, Retry-After 0 s)" },
        new object[] { SimulatedFault.Delay(TimeSpan.FromMilliseconds(100)), "Delay(100 ms)" },
        new object[] { SimulatedFault.MalformedBody(), "MalformedBody" },
        new object[] { SimulatedFault.FutureDetails(), "FutureDetails" },
    ];
}
