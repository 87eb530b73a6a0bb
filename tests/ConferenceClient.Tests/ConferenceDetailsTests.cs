using System.Threading.Tasks;
using NUnit.Framework;
using WireMock.ResponseBuilders;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

public class ConferenceDetailsTests : ConferenceServerTest
{
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
