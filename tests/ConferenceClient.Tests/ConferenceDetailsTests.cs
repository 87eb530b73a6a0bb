using System.Threading.Tasks;
using NUnit.Framework;
using WireMock.ResponseBuilders;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

public class ConferenceDetailsTests : ConferenceServerTest
{
    [Test]
    public async Task Participants_without_a_state_are_a_conference()
    {
        Answer(ConferencePath, "GET", Json(200, """{"participants":[{"callId":"c1"}]}"""));

        var details = await CreateClient().GetConferenceDetailsAsync();

        Assert.That(details.HasConference, Is.True);
    }

    [Test]
    public async Task An_unknown_field_alone_is_a_conference()
    {
        Answer(ConferencePath, "GET", Json(200, """{"parkedAt":"2026-12-02T10:00:00Z"}"""));

        Assert.That((await CreateClient().GetConferenceDetailsAsync()).HasConference, Is.True);
    }

    [Test]
    public async Task No_null_participant_reaches_the_caller_whichever_serializer_reads()
    {
        const string json = """{"state":"connected","participants":[null,{"callId":"c1"},null]}""";
        Answer(ConferencePath, "GET", Json(200, json));

        var fromClient = await CreateClient().GetConferenceDetailsAsync();
        var fromJsonConvert = Newtonsoft.Json.JsonConvert.DeserializeObject<ConferenceDetails>(json)!;
        var fromSystemTextJson = System.Text.Json.JsonSerializer.Deserialize<ConferenceDetails>(json)!;

        foreach (var details in new[] { fromClient, fromJsonConvert, fromSystemTextJson })
        {
            Assert.That(details.Participants!, Has.Count.EqualTo(1));
            Assert.That(details.Participants![0].CallId, Is.EqualTo("c1"));
        }
    }

    [TestCase("{}")]
    [TestCase("null")]
    [TestCase("")]
    [TestCase("  \n")]
    public async Task A_200_without_a_conference_gives_empty_details(string body)
    {
        Answer(ConferencePath, "GET", Json(200, body));
        var client = CreateClient();

        var details = await client.GetConferenceDetailsAsync();

        Assert.That(details, Is.Not.Null);
        Assert.That(details.HasConference, Is.False);
        Assert.That(details.State, Is.Null);
        Assert.That(details.Participants, Is.Null);
    }

    [Test]
    public async Task A_200_with_an_empty_body_and_no_content_type_gives_empty_details()
    {
        Answer(ConferencePath, "GET", Response.Create().WithStatusCode(200));
        var client = CreateClient();

        var details = await client.GetConferenceDetailsAsync();

        Assert.That(details.HasConference, Is.False);
    }

    [Test]
    public async Task A_204_gives_empty_details()
    {
        Answer(ConferencePath, "GET", NoContent());
        var client = CreateClient();

        var details = await client.GetConferenceDetailsAsync();

        Assert.That(details, Is.Not.Null);
        Assert.That(details.HasConference, Is.False);
        Assert.That(details.State, Is.Null);
    }

    [Test]
    public async Task A_conference_with_a_state_is_a_conference()
    {
        Answer(ConferencePath, "GET", Json(200, """{"state":"held"}"""));
        var client = CreateClient();

        var details = await client.GetConferenceDetailsAsync();

        Assert.That(details.HasConference, Is.True);
        Assert.That(details.State, Is.EqualTo(ConferenceState.Held));
    }
}
