using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Webex.Calling.Conference.Testing.Tests;

public class ConferenceSimulatorTests : SimulatorTest
{
    [Test]
    public async Task Without_a_conference_details_are_an_empty_object()
    {
        var details = await Details();

        Assert.That(details, Is.Empty);
    }

    [Test]
    public async Task A_conference_goes_from_start_to_release()
    {
        Simulator.AddCall("c1");
        Simulator.AddCall("c2");
        Simulator.AddCall("c3");

        Assert.That(Status(await Post("telephony/conference", """{"callIds":["c1","c2"]}""")), Is.EqualTo(204));
        Assert.That(Status(await Post("telephony/conference/addParticipant", """{"callId":"c3"}""")), Is.EqualTo(204));
        Assert.That(Status(await Post("telephony/conference/mute", """{"callId":"c1"}""")), Is.EqualTo(204));
        Assert.That(Status(await Post("telephony/conference/deafen", """{"callId":"c2"}""")), Is.EqualTo(204));
        Assert.That(Status(await Post("telephony/conference/mute")), Is.EqualTo(204), "no body: the host");
        Assert.That(Status(await Post("telephony/conference/hold")), Is.EqualTo(204));
        var held = await Details();
        Assert.That(Status(await Post("telephony/conference/resume")), Is.EqualTo(204));
        var resumed = await Details();

        Assert.Multiple(() =>
        {
            Assert.That(held["state"]!.GetValue<string>(), Is.EqualTo("held"));
            Assert.That(resumed["state"]!.GetValue<string>(), Is.EqualTo("connected"));
            Assert.That(resumed["muted"]!.GetValue<bool>(), Is.True);
            Assert.That(resumed["appearance"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(DateTimeOffset.Parse(resumed["created"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), Is.Not.EqualTo(default(DateTimeOffset)));
            Assert.That(resumed["participants"]!.AsArray().Select(p => (p!["callId"]!.GetValue<string>(), p["muted"]!.GetValue<bool>(), p["deafened"]!.GetValue<bool>())),
                Is.EqualTo(new[] { ("c1", true, false), ("c2", false, true), ("c3", false, false) }));
        });

        Assert.That(Status(await Http.DeleteAsync("telephony/conference")), Is.EqualTo(204));
        Assert.That(await Details(), Is.Empty);
        await ErrorOf(await Post("telephony/conference", """{"callIds":["c1","c2"]}"""), 404);
    }

    [Test]
    public async Task Unmute_and_undeafen_undo_mute_and_deafen()
    {
        AddCalls("c1", "c2");
        await Post("telephony/conference", """{"callIds":["c1","c2"]}""");
        await Post("telephony/conference/mute", """{"callId":"c1"}""");
        await Post("telephony/conference/deafen", """{"callId":"c1"}""");
        await Post("telephony/conference/mute", "{}");

        await Post("telephony/conference/unmute", """{"callId":"c1"}""");
        await Post("telephony/conference/undeafen", """{"callId":"c1"}""");
        await Post("telephony/conference/unmute", "{}");

        var details = await Details();
        Assert.That(details["muted"]!.GetValue<bool>(), Is.False);
        Assert.That(details["participants"]![0]!["muted"]!.GetValue<bool>(), Is.False);
        Assert.That(details["participants"]![0]!["deafened"]!.GetValue<bool>(), Is.False);
    }

    [Test]
    public async Task Each_line_owner_has_its_own_conference()
    {
        Simulator.AddCall("own-1");
        Simulator.AddCall("own-2");
        Simulator.AddCall("shared-1", lineOwnerId: "reception");
        Simulator.AddCall("shared-2", lineOwnerId: "reception");

        Assert.That(Status(await Post("telephony/conference", """{"callIds":["shared-1","shared-2"],"lineOwnerId":"reception"}""")), Is.EqualTo(204));
        await ErrorOf(await Post("telephony/conference", """{"callIds":["shared-1","shared-2"]}"""), 404);
        Assert.That(await Details(), Is.Empty);
        Assert.That((await Details("reception"))["participants"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That(Status(await Post("telephony/conference/hold?lineOwnerId=reception")), Is.EqualTo(204));
        Assert.That((await Details("reception"))["state"]!.GetValue<string>(), Is.EqualTo("held"));
        await ErrorOf(await Post("telephony/conference/hold"), 404);
    }

    [Test]
    public async Task Each_mistake_gets_its_status_and_a_webex_error()
    {
        AddCalls("c1", "c2");

        await ErrorOf(await Post("telephony/conference", """{"callIds":["c1"]}"""), 400);
        await ErrorOf(await Post("telephony/conference", """{"callIds":["c1","c2"""), 400);
        await ErrorOf(await Post("telephony/conference", """{"callIds":["c1","nope"]}"""), 404);
        await ErrorOf(await Post("telephony/conference/mute", """{"callId":"c1"}"""), 404);
        await ErrorOf(await Post("telephony/conference/hold"), 404);
        await ErrorOf(await Http.DeleteAsync("telephony/conference"), 404);
        await ErrorOf(await Post("telephony/conference/deafen", "{}"), 400);
        await ErrorOf(await Post("telephony/conference/mute", """{"callId":42}"""), 400);
        await Post("telephony/conference", """{"callIds":["c1","c2"]}""");
        await ErrorOf(await Post("telephony/conference", """{"callIds":["c1","c2"]}"""), 409);
        await ErrorOf(await Post("telephony/conference/addParticipant", """{"callId":"c1"}"""), 409);
        await ErrorOf(await Http.GetAsync("telephony/conference?lineOwnerId=%20"), 400);
        await ErrorOf(await Http.GetAsync("telephony/conference/nothing"), 404);
        await ErrorOf(await Post("telephony/conference/addParticipant", """{"callId":" "}"""), 400);
        await ErrorOf(await Post("telephony/conference/mute?lineOwnerId=reception", """{"callId":"c1"}"""), 400);
        await ErrorOf(await Post("telephony/conference/deafen", """{"callId":"c1","lineOwnerId":"reception"}"""), 400);
        await ErrorOf(await Post("telephony/conference/addParticipant?lineOwnerId=reception", """{"callId":"c3"}"""), 400);
        await ErrorOf(await Http.PutAsync("telephony/conference", null), 405);
    }

    [Test]
    public async Task A_missing_or_wrong_token_is_a_401()
    {
        using var anonymous = new HttpClient { BaseAddress = Simulator.BaseAddress };
        using var wrong = new HttpClient { BaseAddress = Simulator.BaseAddress };
        wrong.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-" + Simulator.AccessToken);

        await ErrorOf(await anonymous.GetAsync("telephony/conference"), 401);
        await ErrorOf(await wrong.PostAsync("telephony/conference/hold", null), 401);
    }

    [Test]
    public async Task The_journal_records_each_request_with_its_answer_and_hides_the_token()
    {
        await Details();
        await Post("telephony/conference/hold?lineOwnerId=reception");

        var journal = Simulator.Requests;
        Assert.Multiple(() =>
        {
            Assert.That(journal.Select(r => (r.Operation, r.Method, r.Path, r.Status)), Is.EqualTo(new[]
            {
                ((SimulatedOperation?)SimulatedOperation.GetConferenceDetails, "GET", "/v1/telephony/conference", 200),
                (SimulatedOperation.Hold, "POST", "/v1/telephony/conference/hold", 404),
            }));
            Assert.That(journal[1].Query["lineOwnerId"], Is.EqualTo("reception"));
            Assert.That(journal[0].Headers["Authorization"], Is.EqualTo("Bearer ***"));
            Assert.That(journal.Select(r => r.AnsweredTrackingId), Is.Unique.And.All.StartWith("ROUTER_SIM_"));
        });
    }

    [Test]
    public async Task Participants_of_a_line_owners_conference_are_muted_and_deafened_by_call_id()
    {
        Simulator.AddCall("front-1", lineOwnerId: "front-desk");
        Simulator.AddCall("front-2", lineOwnerId: "front-desk");
        await Post("telephony/conference", """{"callIds":["front-1","front-2"],"lineOwnerId":"front-desk"}""");

        var mute = await Post("telephony/conference/mute", """{"callId":"front-1"}""");
        var deafen = await Post("telephony/conference/deafen", """{"callId":"front-2"}""");
        var hostMute = await Post("telephony/conference/mute");

        Assert.That(Status(mute), Is.EqualTo(204));
        Assert.That(Status(deafen), Is.EqualTo(204));
        await ErrorOf(hostMute, 404);
        var participants = (await Details("front-desk"))["participants"]!.AsArray();
        Assert.That(participants[0]!["muted"]!.GetValue<bool>(), Is.True);
        Assert.That(participants[1]!["deafened"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task The_members_paths_take_no_line_owner_and_the_supervisor_modes_exist_only_there()
    {
        Simulator.AddMemberCall("m1", "a");
        Simulator.AddMemberCall("m1", "b");

        await ErrorOf(await Post("telephony/conference/members/m1/conference", """{"callIds":["a","b"],"lineOwnerId":"x"}"""), 400);
        Assert.That(Status(await Post("telephony/conference/members/m1/conference?orgId=o1", """{"callIds":["a","b"]}""")), Is.EqualTo(204));
        await ErrorOf(await Post("telephony/conference/members/m1/hold?lineOwnerId=x"), 400);
        Assert.That(Status(await Post("telephony/conference/members/m1/bargeIn")), Is.EqualTo(204));
        await ErrorOf(await Post("telephony/conference/bargeIn"), 404);
        await ErrorOf(await Http.GetAsync("telephony/conference/members/m1"), 404);

        using var details = await Http.GetAsync("telephony/conference/members/m1/conference");
        var body = System.Text.Json.Nodes.JsonNode.Parse(await details.Content.ReadAsStringAsync())!;
        Assert.That(body["type"]!.GetValue<string>(), Is.EqualTo("bargeIn"));
        Assert.That(Simulator.Requests[1].MemberId, Is.EqualTo("m1"));
    }

    [Test]
    public void It_listens_on_loopback_only() =>
        Assert.That(Simulator.BaseAddress.Host, Is.EqualTo("127.0.0.1"));

    [Test]
    public void Calls_must_be_new_on_their_line_and_named()
    {
        Simulator.AddCall("c1");

        Assert.Throws<ArgumentException>(() => Simulator.AddCall("c1"));
        Assert.Throws<ArgumentException>(() => Simulator.AddCall(" "));
        Assert.Throws<ArgumentException>(() => Simulator.AddCall("c2", lineOwnerId: " "));
        Assert.Throws<ArgumentException>(() => Simulator.AddMemberCall("me", "c2"));
    }
}
