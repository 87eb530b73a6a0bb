using System;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

public class ConferenceControlsClientLineOwnerTests : ConferenceServerTest
{
    [SetUp]
    public void AnswerEverything()
    {
        Server.Given(At(ConferencePath, "GET")).RespondWith(Json(200, "{}"));
        Server.Given(AnyOperation())
            .AtPriority(10)
            .RespondWith(NoContent());
    }

    [Test]
    public async Task An_explicit_line_owner_goes_in_the_query_of_get_release_hold_and_resume()
    {
        var client = CreateClient();

        await client.GetConferenceDetailsAsync(lineOwnerId: "owner");
        await client.ReleaseConferenceAsync(lineOwnerId: "owner");
        await client.HoldAsync(lineOwnerId: "owner");
        await client.ResumeAsync(lineOwnerId: "owner");

        Assert.That(Server.Requests().Select(r => (r.Method, r.Path, r.QueryString(), r.Body ?? "")), Is.EqualTo(new[]
        {
            ("GET", ConferencePath, "lineOwnerId=owner", ""),
            ("DELETE", ConferencePath, "lineOwnerId=owner", ""),
            ("POST", ConferencePath + "/hold", "lineOwnerId=owner", ""),
            ("POST", ConferencePath + "/resume", "lineOwnerId=owner", ""),
        }));
    }

    [Test]
    public async Task An_explicit_line_owner_goes_in_the_body_of_start_and_add_participant()
    {
        var client = CreateClient();

        await client.StartConferenceAsync(new[] { "c1", "c2" }, lineOwnerId: "owner");
        await client.AddParticipantAsync("c3", lineOwnerId: "owner");

        var requests = Server.Requests();
        Assert.Multiple(() =>
        {
            Assert.That(requests.Select(r => r.QueryString()), Is.All.Empty);
            Assert.That(JToken.DeepEquals(JToken.Parse(requests[0].Body!), JToken.Parse("""{"callIds":["c1","c2"],"lineOwnerId":"owner"}""")), Is.True, requests[0].Body);
            Assert.That(JToken.DeepEquals(JToken.Parse(requests[1].Body!), JToken.Parse("""{"callId":"c3","lineOwnerId":"owner"}""")), Is.True, requests[1].Body);
        });
    }

    [Test]
    public async Task The_default_line_owner_is_used_where_the_call_names_none()
    {
        var client = CreateClient(o => o.LineOwnerId = "default-owner");

        await client.GetConferenceDetailsAsync();
        await client.StartConferenceAsync(new[] { "c1", "c2" });

        var requests = Server.Requests();
        Assert.That(requests[0].QueryString(), Is.EqualTo("lineOwnerId=default-owner"));
        Assert.That(JObject.Parse(requests[1].Body!)["lineOwnerId"]!.Value<string>(), Is.EqualTo("default-owner"));
    }

    [Test]
    public async Task An_explicit_line_owner_wins_over_the_default()
    {
        var client = CreateClient(o => o.LineOwnerId = "default-owner");

        await client.HoldAsync(lineOwnerId: "explicit");
        await client.AddParticipantAsync("c3", lineOwnerId: "explicit");

        var requests = Server.Requests();
        Assert.That(requests[0].QueryString(), Is.EqualTo("lineOwnerId=explicit"));
        Assert.That(JObject.Parse(requests[1].Body!)["lineOwnerId"]!.Value<string>(), Is.EqualTo("explicit"));
    }

    [Test]
    public async Task Mute_unmute_deafen_and_undeafen_never_send_a_line_owner()
    {
        var client = CreateClient(o => o.LineOwnerId = "default-owner");

        await client.MuteAsync();
        await client.MuteAsync("c1");
        await client.UnmuteAsync("c1");
        await client.DeafenParticipantAsync("c1");
        await client.UndeafenParticipantAsync("c1");

        foreach (var request in Server.Requests())
        {
            Assert.That(request.QueryString(), Does.Not.Contain("lineOwnerId"));
            Assert.That(request.Body ?? "", Does.Not.Contain("lineOwnerId"));
        }
    }

    [Test]
    public async Task Binding_to_no_line_owner_acts_on_the_users_own_line_whatever_the_default()
    {
        var client = CreateClient(o => o.LineOwnerId = "from-configuration");
        var ownLine = client.WithLineOwner(null);

        await ownLine.HoldAsync();
        await ownLine.AddParticipantAsync("c3");
        await ownLine.ForMe().ResumeAsync();
        await ownLine.HoldAsync(lineOwnerId: "explicit");

        var requests = Server.Requests();
        Assert.Multiple(() =>
        {
            Assert.That(requests[0].QueryString(), Is.Empty);
            Assert.That(JObject.Parse(requests[1].Body!).ContainsKey("lineOwnerId"), Is.False);
            Assert.That(requests[2].QueryString(), Is.Empty);
            Assert.That(requests[3].QueryString(), Is.EqualTo("lineOwnerId=explicit"));
        });
    }

    [Test]
    public async Task A_bound_client_acts_for_its_line_owner_and_leaves_the_original_alone()
    {
        var client = CreateClient();
        IConferenceControlsClient scoped = client.WithLineOwner("bound");

        await scoped.HoldAsync();
        await scoped.StartConferenceAsync(new[] { "c1", "c2" });
        await client.HoldAsync();
        await scoped.ResumeAsync(lineOwnerId: "explicit");

        var requests = Server.Requests();
        Assert.Multiple(() =>
        {
            Assert.That(requests[0].QueryString(), Is.EqualTo("lineOwnerId=bound"));
            Assert.That(JObject.Parse(requests[1].Body!)["lineOwnerId"]!.Value<string>(), Is.EqualTo("bound"));
            Assert.That(requests[2].QueryString(), Is.Empty);
            Assert.That(requests[3].QueryString(), Is.EqualTo("lineOwnerId=explicit"));
        });
    }

    [Test]
    public async Task A_bound_client_shares_the_token_and_retries_of_its_parent()
    {
        Server.RespondInSequence(At(ConferencePath + "/hold", "POST"),
            Json(429, "{}").WithHeader("Retry-After", "0"),
            NoContent());
        var scoped = CreateClient().WithLineOwner("bound");

        await scoped.HoldAsync();

        var requests = Server.Requests();
        Assert.That(requests, Has.Count.EqualTo(2));
        Assert.That(requests.Select(r => r.Header("Authorization")), Is.All.EqualTo("Bearer " + Token));
    }

    [TestCase("a&lineOwnerId=evil", "lineOwnerId=a%26lineOwnerId%3Devil")]
    [TestCase("user/1?x=#y", "lineOwnerId=user%2F1%3Fx%3D%23y")]
    [TestCase("Y2lz+Y29z/==", "lineOwnerId=Y2lz%2BY29z%2F%3D%3D")]
    public async Task Line_owner_ids_are_url_encoded_so_they_cannot_inject_query_parameters(string lineOwnerId, string expectedQuery)
    {
        var client = CreateClient();

        await client.HoldAsync(lineOwnerId);

        var request = Server.Requests().Single();
        Assert.That(request.QueryString(), Is.EqualTo(expectedQuery));
        Assert.That(request.Query!["lineOwnerId"].Single(), Is.EqualTo(lineOwnerId));
    }
}
