using System;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

public class ConferenceControlsClientCallsTests : ConferenceServerTest
{
    [Test]
    public async Task Get_details_sends_a_GET_without_query_or_body_and_reads_the_conference()
    {
        Answer(ConferencePath, "GET", Json(200, """
            {"state":"connected","appearance":3,"created":"2023-03-02T15:00:00.000Z","muted":true,"type":"bargeIn",
             "participants":[{"callId":"c1","muted":false,"deafened":true},{"callId":"c2","muted":true,"deafened":false}]}
            """));
        var client = CreateClient();

        var details = await client.GetConferenceDetailsAsync();

        var request = Server.Requests().Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("GET"));
            Assert.That(request.Path, Is.EqualTo(ConferencePath));
            Assert.That(request.QueryString(), Is.Empty);
            Assert.That(request.Body, Is.Null.Or.Empty);
            Assert.That(request.Header("Accept"), Is.EqualTo("application/json"));
            Assert.That(details.HasConference, Is.True);
            Assert.That(details.State, Is.EqualTo(ConferenceState.Connected));
            Assert.That(details.Appearance, Is.EqualTo(3));
            Assert.That(details.Created, Is.EqualTo(new DateTimeOffset(2023, 3, 2, 15, 0, 0, TimeSpan.Zero)));
            Assert.That(details.Muted, Is.True);
            Assert.That(details.Type, Is.EqualTo(ConferenceType.BargeIn));
            Assert.That(details.Participants!.Select(p => (p.CallId, p.Muted, p.Deafened)),
                Is.EqualTo(new[] { ("c1", (bool?)false, (bool?)true), ("c2", (bool?)true, (bool?)false) }));
        });
    }

    [Test]
    public async Task Every_request_carries_the_bearer_token_and_a_tracking_id()
    {
        Answer(ConferencePath, "DELETE", NoContent());
        var client = CreateClient();

        await client.ReleaseConferenceAsync();

        var request = Server.Requests().Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Header("Authorization"), Is.EqualTo("Bearer " + Token));
            // A random UUID: version 4, variant 10.
            Assert.That(request.Header("TrackingID"), Does.Match("^WXCONF_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        });
    }

    [Test]
    public async Task Tracking_ids_made_on_many_threads_at_once_are_all_different_random_UUIDs()
    {
        var ids = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 20_000).Select(_ => ConferenceControlsClient.NewTrackingId()).ToArray())));

        var all = ids.SelectMany(i => i).ToList();
        Assert.That(all, Is.Unique);
        Assert.That(all.Select(id => Guid.Parse(id["WXCONF_".Length..])).Select(g => g.ToString("D")[14]).Distinct(), Is.EqualTo(new[] { '4' }));
        Assert.That(all.Select(id => id["WXCONF_".Length..][19]).Distinct().Order(), Is.EqualTo(new[] { '8', '9', 'a', 'b' }));
    }

    [Test]
    public async Task Each_call_gets_its_own_tracking_id()
    {
        Answer(ConferencePath + "/hold", "POST", NoContent());
        var client = CreateClient();

        await client.HoldAsync();
        await client.HoldAsync();

        var ids = Server.Requests().Select(r => r.Header("TrackingID")).ToList();
        Assert.That(ids, Is.Unique.And.Count.EqualTo(2));
    }

    [Test]
    public async Task Start_posts_the_call_ids_as_json()
    {
        Answer(ConferencePath, "POST", NoContent());
        var client = CreateClient();

        await client.StartConferenceAsync(new[] { "c1", "c2", "c3" });

        var request = Server.Requests().Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("POST"));
            Assert.That(request.Path, Is.EqualTo(ConferencePath));
            Assert.That(request.QueryString(), Is.Empty);
            Assert.That(request.Header("Content-Type"), Does.StartWith("application/json"));
            Assert.That(JToken.DeepEquals(JToken.Parse(request.Body!), JToken.Parse("""{"callIds":["c1","c2","c3"]}""")), Is.True, request.Body);
        });
    }

    [Test]
    public async Task Release_sends_a_DELETE_without_body()
    {
        Answer(ConferencePath, "DELETE", NoContent());
        var client = CreateClient();

        await client.ReleaseConferenceAsync();

        var request = Server.Requests().Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("DELETE"));
            Assert.That(request.Path, Is.EqualTo(ConferencePath));
            Assert.That(request.Body, Is.Null.Or.Empty);
        });
    }

    [Test]
    public async Task Add_participant_posts_the_call_id()
    {
        Answer(ConferencePath + "/addParticipant", "POST", NoContent());
        var client = CreateClient();

        await client.AddParticipantAsync("c3");

        AssertSinglePost(ConferencePath + "/addParticipant", """{"callId":"c3"}""");
    }

    [Test]
    public async Task Mute_without_call_id_mutes_the_host_with_an_empty_object()
    {
        Answer(ConferencePath + "/mute", "POST", NoContent());
        var client = CreateClient();

        await client.MuteAsync();

        AssertSinglePost(ConferencePath + "/mute", "{}");
    }

    [Test]
    public async Task Mute_with_call_id_mutes_that_participant()
    {
        Answer(ConferencePath + "/mute", "POST", NoContent());
        var client = CreateClient();

        await client.MuteAsync("c1");

        AssertSinglePost(ConferencePath + "/mute", """{"callId":"c1"}""");
    }

    [Test]
    public async Task Unmute_without_call_id_unmutes_the_host()
    {
        Answer(ConferencePath + "/unmute", "POST", NoContent());
        var client = CreateClient();

        await client.UnmuteAsync();

        AssertSinglePost(ConferencePath + "/unmute", "{}");
    }

    [Test]
    public async Task Unmute_with_call_id_unmutes_that_participant()
    {
        Answer(ConferencePath + "/unmute", "POST", NoContent());
        var client = CreateClient();

        await client.UnmuteAsync(callId: "c1");

        AssertSinglePost(ConferencePath + "/unmute", """{"callId":"c1"}""");
    }

    [Test]
    public async Task Deafen_posts_the_call_id_to_the_case_sensitive_path()
    {
        Answer(ConferencePath + "/deafen", "POST", NoContent());
        var client = CreateClient();

        await client.DeafenParticipantAsync("c1");

        AssertSinglePost(ConferencePath + "/deafen", """{"callId":"c1"}""");
    }

    [Test]
    public async Task Undeafen_posts_the_call_id()
    {
        Answer(ConferencePath + "/undeafen", "POST", NoContent());
        var client = CreateClient();

        await client.UndeafenParticipantAsync("c1");

        AssertSinglePost(ConferencePath + "/undeafen", """{"callId":"c1"}""");
    }

    [Test]
    public async Task Hold_posts_without_body()
    {
        Answer(ConferencePath + "/hold", "POST", NoContent());
        var client = CreateClient();

        await client.HoldAsync();

        var request = Server.Requests().Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("POST"));
            Assert.That(request.Path, Is.EqualTo(ConferencePath + "/hold"));
            Assert.That(request.QueryString(), Is.Empty);
            Assert.That(request.Body, Is.Null.Or.Empty);
        });
    }

    [Test]
    public async Task Resume_posts_without_body()
    {
        Answer(ConferencePath + "/resume", "POST", NoContent());
        var client = CreateClient();

        await client.ResumeAsync();

        var request = Server.Requests().Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("POST"));
            Assert.That(request.Path, Is.EqualTo(ConferencePath + "/resume"));
            Assert.That(request.Body, Is.Null.Or.Empty);
        });
    }

    [Test]
    public async Task The_interface_reaches_every_operation()
    {
        Server.Given(AnyOperation())
            .RespondWith(NoContent());
        IConferenceControlsClient client = CreateClient();

        await client.GetConferenceDetailsAsync();
        await client.StartConferenceAsync(new[] { "c1", "c2" });
        await client.AddParticipantAsync("c3");
        await client.MuteAsync();
        await client.UnmuteAsync();
        await client.DeafenParticipantAsync("c1");
        await client.UndeafenParticipantAsync("c1");
        await client.HoldAsync();
        await client.ResumeAsync();
        await client.ReleaseConferenceAsync();

        Assert.That(Server.Requests().Select(r => r.Method + " " + r.Path), Is.EqualTo(new[]
        {
            "GET " + ConferencePath, "POST " + ConferencePath, "POST " + ConferencePath + "/addParticipant",
            "POST " + ConferencePath + "/mute", "POST " + ConferencePath + "/unmute", "POST " + ConferencePath + "/deafen",
            "POST " + ConferencePath + "/undeafen", "POST " + ConferencePath + "/hold", "POST " + ConferencePath + "/resume",
            "DELETE " + ConferencePath,
        }));
    }

    [TestCase(200)]
    [TestCase(201)]
    [TestCase(202)]
    [TestCase(204)]
    public async Task Any_usual_success_status_of_an_operation_without_result_is_success(int status)
    {
        Server.Given(AnyOperation())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(status).WithBody(status == 204 ? "" : "{\"ok\":true}"));
        var client = CreateClient();

        await client.StartConferenceAsync(new[] { "c1", "c2" });
        await client.AddParticipantAsync("c3");
        await client.MuteAsync();
        await client.HoldAsync();

        Assert.That(Server.Requests(), Has.Count.EqualTo(4));
    }

    private void AssertSinglePost(string path, string expectedJson)
    {
        var request = Server.Requests().Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("POST"));
            Assert.That(request.Path, Is.EqualTo(path));
            Assert.That(request.QueryString(), Is.Empty);
            Assert.That(request.Header("Content-Type"), Does.StartWith("application/json"));
            Assert.That(JToken.DeepEquals(JToken.Parse(request.Body!), JToken.Parse(expectedJson)), Is.True, request.Body);
        });
    }
}
