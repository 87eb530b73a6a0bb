using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

/// <summary>Every body failure is a ConferenceApiException, and the generic one means only "Webex sent its error shape".</summary>
public class BodyFailureTests : ConferenceServerTest
{
    [TestCase("""{"state":"connected","$id":"1","participants":[{"$id":"1","callId":"c1"}]}""")]
    [TestCase("""{"state":"connected","participants":[{"$ref":"nowhere"}]}""")]
    [TestCase("""{"$type":"System.IO.FileInfo, System.IO.FileSystem","state":"connected"}""")]
    public async Task Reference_and_type_metadata_are_read_as_plain_fields(string json)
    {
        Answer(ConferencePath, "GET", Json(200, json));

        var details = await CreateClient().GetConferenceDetailsAsync();

        Assert.That(details.State, Is.EqualTo(ConferenceState.Connected));
        Assert.That(Newtonsoft.Json.Linq.JToken.DeepEquals(Newtonsoft.Json.Linq.JToken.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(details)), Newtonsoft.Json.Linq.JToken.Parse(json)),
            Is.True, "kept as data and written back");
    }

    [Test]
    public async Task Reference_metadata_in_an_error_body_gives_the_status_and_tracking_id()
    {
        Answer(ConferencePath + "/hold", "POST", Json(400, """{"$id":"1","message":"Refused","errors":[{"$id":"1"}]}""").WithHeader("TrackingID", "ROUTER_META"));

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => CreateClient().HoldAsync()))!;

        Assert.That(error.StatusCode, Is.EqualTo(400));
        Assert.That(error.TrackingId, Is.EqualTo("ROUTER_META"));
        Assert.That(error.WebexMessage, Is.EqualTo("Refused"));
    }

    [Test]
    public async Task Content_after_the_json_document_is_a_malformed_body()
    {
        Answer(ConferencePath, "GET", Json(200, """{"state":"connected"} <html>oops</html>"""));

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => CreateClient().GetConferenceDetailsAsync()))!;

        Assert.That(error.StatusCode, Is.EqualTo(200));
        Assert.That(error.Message, Does.Contain("not the documented JSON"));
    }

    [TestCase(400, """{"foo":"bar"}""")]
    [TestCase(502, """{"html":"<b>bad gateway</b>"}""")]
    public async Task A_json_object_that_is_not_a_webex_error_gives_the_plain_exception(int status, string body)
    {
        Answer(ConferencePath + "/hold", "POST", Json(status, body));

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => CreateClient(o => o.MaxRetries = 0).HoldAsync()))!;

        Assert.That(error, Is.Not.InstanceOf<ConferenceApiException<WebexError>>());
        Assert.That(error.StatusCode, Is.EqualTo(status));
    }

    [Test]
    public async Task A_success_whose_body_does_not_parse_is_never_a_webex_error()
    {
        Answer(ConferencePath, "GET", Json(200, """{"message":"looks like an error","state":{"nested":true}"""));

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => CreateClient().GetConferenceDetailsAsync()))!;

        Assert.That(error, Is.Not.InstanceOf<ConferenceApiException<WebexError>>());
    }

    [Test]
    public async Task A_webex_error_body_gives_the_generic_exception()
    {
        Answer(ConferencePath + "/hold", "POST", Json(409, """{"errorCode":409001}"""));

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => CreateClient().HoldAsync()))!;

        Assert.That(error, Is.InstanceOf<ConferenceApiException<WebexError>>());
        Assert.That(((ConferenceApiException<WebexError>)error).Result.ErrorCode, Is.EqualTo(409001));
    }

    [TestCase(400, """{"message":"refused"}""")]
    [TestCase(200, """{"state":""")]
    public async Task A_charset_dotnet_does_not_know_reads_as_utf8(int status, string body)
    {
        Answer(ConferencePath, "GET", WireMock.ResponseBuilders.Response.Create().WithStatusCode(status)
            .WithHeader("Content-Type", "application/json; charset=bogus").WithBody(body));

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => CreateClient(o => o.MaxRetries = 0).GetConferenceDetailsAsync()))!;

        Assert.That(error.StatusCode, Is.EqualTo(status));
        Assert.That(error.Response, Is.EqualTo(body));
    }

    [TestCase("utf-32")]
    [TestCase("utf-16")]
    [TestCase("iso-8859-1")]
    public async Task An_error_body_is_read_as_utf8_as_a_success_body_is_whatever_charset_it_declares(string charset)
    {
        const string body = """{"message":"Café « Zürich » not found.","trackingId":"ROUTER_É"}""";
        Answer(ConferencePath + "/hold", "POST", WireMock.ResponseBuilders.Response.Create().WithStatusCode(404)
            .WithHeader("Content-Type", $"application/json; charset={charset}").WithBody(System.Text.Encoding.UTF8.GetBytes(body)));

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => CreateClient().HoldAsync()))!;

        Assert.That(error.WebexMessage, Is.EqualTo("Café « Zürich » not found."));
        Assert.That(error.TrackingId, Is.EqualTo("ROUTER_É"));
        Assert.That(error.Response, Is.EqualTo(body));
    }
}
