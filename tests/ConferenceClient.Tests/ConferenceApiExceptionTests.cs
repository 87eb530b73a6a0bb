using System;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json;
using NUnit.Framework;
using WireMock.ResponseBuilders;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

public class ConferenceApiExceptionTests : ConferenceServerTest
{
    private const string WebexError = """
        {"message":"Target user not authorized","errors":[{"description":"Target user not authorized","errorCode":25409},{"description":"Second reason"}],
         "trackingId":"ROUTER_1234","errorCode":25409}
        """;

    [Test]
    public async Task A_webex_error_keeps_status_body_headers_message_descriptions_and_tracking_id()
    {
        Answer(ConferencePath + "/mute", "POST", Json(400, WebexError).WithHeader("TrackingID", "ROUTER_FROM_HEADER"));
        var client = CreateClient();

        var error = (await Assert.ThrowsAsync<ConferenceApiException<WebexError>>(() => client.MuteAsync("c1")))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(400));
            Assert.That(error.Response, Is.EqualTo(WebexError));
            Assert.That(error.Headers.Keys, Does.Contain("TrackingID"));
            Assert.That(error.WebexMessage, Is.EqualTo("Target user not authorized"));
            Assert.That(error.ErrorDescriptions, Is.EqualTo(new[] { "Target user not authorized", "Second reason" }));
            Assert.That(error.TrackingId, Is.EqualTo("ROUTER_1234"), "the body's tracking ID comes first");
            Assert.That(error.Result.ErrorCode, Is.EqualTo(25409));
            Assert.That(error.Message, Is.EqualTo("The Webex API answered 400 (Bad Request). Webex says: Target user not authorized. Tracking ID: ROUTER_1234."));
        });
    }

    [TestCase("TrackingID")]
    [TestCase("trackingid")]
    [TestCase("TRACKINGID")]
    public async Task Without_a_tracking_id_in_the_body_the_response_header_is_used_whatever_its_case(string headerName)
    {
        Answer(ConferencePath + "/mute", "POST", Json(403, """{"message":"Forbidden"}""").WithHeader(headerName, "ROUTER_HEADER"));
        var client = CreateClient();

        var error = (await Assert.ThrowsAsync<ConferenceApiException<WebexError>>(() => client.MuteAsync()))!;

        Assert.That(error.TrackingId, Is.EqualTo("ROUTER_HEADER"));
        Assert.That(error.Message, Does.Contain("ROUTER_HEADER"));
    }

    [Test]
    public async Task Without_any_tracking_id_from_the_server_the_one_we_sent_is_used()
    {
        Answer(ConferencePath + "/hold", "POST", Response.Create().WithStatusCode(404));
        var client = CreateClient();

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync()))!;

        var sent = Server.Requests().Single().Header("TrackingID");
        Assert.That(error.TrackingId, Is.EqualTo(sent).And.StartsWith("WXCONF_"));
        Assert.That(error.Message, Does.Contain(sent));
    }

    [Test]
    public async Task An_html_error_page_is_kept_as_the_raw_body()
    {
        const string html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        Answer(ConferencePath + "/hold", "POST", Response.Create().WithStatusCode(502).WithHeader("Content-Type", "text/html").WithBody(html));
        var client = CreateClient(o => o.MaxRetries = 0);

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.Not.InstanceOf<ConferenceApiException<WebexError>>());
            Assert.That(error.StatusCode, Is.EqualTo(502));
            Assert.That(error.Response, Is.EqualTo(html));
            Assert.That(error.WebexMessage, Is.Null);
            Assert.That(error.ErrorDescriptions, Is.Empty);
            Assert.That(error.Message, Does.Contain("502"));
        });
    }

    [Test]
    public async Task A_partial_content_answer_to_a_get_is_an_error_with_the_raw_body()
    {
        Answer(ConferencePath, "GET", Json(206, """{"state":"connected"}"""));
        var client = CreateClient();

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => client.GetConferenceDetailsAsync()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(206));
            Assert.That(error.Response, Is.EqualTo("""{"state":"connected"}"""));
            Assert.That(error.Message, Does.StartWith("The Webex API answered 206 (Partial Content) with part of a body, which answers a range request this client never makes."));
            Assert.That(error.TrackingId, Is.EqualTo(Server.Requests().Single().Header("TrackingID")));
        });
    }

    [TestCase(203)]
    [TestCase(206)]
    public async Task Any_success_status_is_success_for_an_operation_without_a_result(int status)
    {
        Answer(ConferencePath + "/hold", "POST", Response.Create().WithStatusCode(status));
        var client = CreateClient();

        await client.HoldAsync();

        Assert.That(Server.Requests(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task An_empty_error_body_still_gives_a_typed_exception()
    {
        Answer(ConferencePath, "DELETE", Response.Create().WithStatusCode(401));
        var client = CreateClient();

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => client.ReleaseConferenceAsync()))!;

        Assert.That(error.StatusCode, Is.EqualTo(401));
        Assert.That(error.Response, Is.Empty);
        Assert.That(error.WebexMessage, Is.Null);
    }

    [Test]
    public async Task A_truncated_json_error_body_is_kept_raw()
    {
        const string truncated = """{"message":"Conflict with the curr""";
        Answer(ConferencePath, "POST", Json(409, truncated));
        var client = CreateClient();

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => client.StartConferenceAsync(new[] { "c1", "c2" })))!;

        Assert.That(error.StatusCode, Is.EqualTo(409));
        Assert.That(error.Response, Is.EqualTo(truncated));
        Assert.That(error.WebexMessage, Is.Null);
    }

    [TestCase("<html>oops</html>")]
    [TestCase("""{"state":"connected","participants":[{"callId":""")]
    [TestCase("""[{"state":"connected"}]""")]
    [TestCase("""{"state":"connected","appearance":"third"}""")]
    [TestCase("""{"state":"connected","created":"yesterday"}""")]
    public async Task A_success_with_a_body_that_is_not_the_documented_json_is_a_typed_exception(string body)
    {
        Answer(ConferencePath, "GET", Json(200, body).WithHeader("TrackingID", "ROUTER_OK"));
        var client = CreateClient();

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => client.GetConferenceDetailsAsync()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(200));
            Assert.That(error.Response, Is.EqualTo(body));
            Assert.That(error.InnerException, Is.InstanceOf<JsonException>());
            Assert.That(error.TrackingId, Is.EqualTo("ROUTER_OK"));
            Assert.That(error.Message, Does.Contain("200").And.Contain("ConferenceDetails").And.Contain("ROUTER_OK"));
        });
    }

    [Test]
    public async Task A_bad_success_body_without_tracking_header_falls_back_to_the_tracking_id_we_sent()
    {
        Answer(ConferencePath, "GET", Json(200, "<html/>"));
        var client = CreateClient();

        var error = await Assert.CatchAsync<ConferenceApiException>(() => client.GetConferenceDetailsAsync());

        Assert.That(error!.TrackingId, Is.EqualTo(Server.Requests().Single().Header("TrackingID")));
    }

    [Test]
    public async Task The_access_token_never_appears_in_exception_text_even_when_the_server_echoes_it()
    {
        var echo = $$"""{"message":"Bad token Bearer {{Token}}","errors":[{"description":"{{Token}} expired"}]}""";
        Answer(ConferencePath + "/resume", "POST", Json(401, echo).WithHeader("TrackingID", "ROUTER_9").WithHeader("X-Echo-Authorization", "Bearer " + Token));
        var client = CreateClient();

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => client.ResumeAsync()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Not.Contain(Token));
            Assert.That(error.ToString(), Does.Not.Contain(Token));
            Assert.That(error.Response, Does.Not.Contain(Token).And.Contain("***"));
            Assert.That(error.WebexMessage, Does.Not.Contain(Token));
            Assert.That(string.Join(" ", error.ErrorDescriptions), Does.Not.Contain(Token));
            Assert.That(error.Headers.SelectMany(h => h.Value), Has.None.Contains(Token));
            Assert.That(error.Headers["X-Echo-Authorization"].Single(), Is.EqualTo("Bearer ***"));
        });
    }

    [Test]
    public async Task A_token_echoed_in_a_success_body_does_not_reach_the_exception_either()
    {
        Answer(ConferencePath, "GET", Json(200, $$"""{"state":"connected","appearance":"{{Token}}"}"""));
        var client = CreateClient();

        var error = await Assert.CatchAsync<ConferenceApiException>(() => client.GetConferenceDetailsAsync());

        Assert.That(error!.ToString(), Does.Not.Contain(Token));
        Assert.That(error.Response, Does.Contain("***"));
    }

    [Test]
    public async Task Retry_after_is_exposed_as_a_time_span()
    {
        Answer(ConferencePath + "/mute", "POST", Json(429, "{}").WithHeader("Retry-After", "120"));
        var client = CreateClient(o => o.MaxRetries = 0);

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => client.MuteAsync()))!;

        Assert.That(error.StatusCode, Is.EqualTo(429));
        Assert.That(error.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(120)));
    }

    [Test]
    public async Task Retry_after_as_an_http_date_is_read()
    {
        // The server stamps its own Date header, so the wait is measured from the server's clock.
        var inOneDay = DateTimeOffset.UtcNow.AddDays(1).ToString("r", System.Globalization.CultureInfo.InvariantCulture);
        Answer(ConferencePath + "/mute", "POST", Json(503, "{}").WithHeader("Retry-After", inOneDay));
        var client = CreateClient(o => o.MaxRetries = 0);

        var error = await Assert.CatchAsync<ConferenceApiException>(() => client.MuteAsync());

        Assert.That(error!.RetryAfter, Is.InRange(TimeSpan.FromDays(1) - TimeSpan.FromMinutes(5), TimeSpan.FromDays(1)));
    }

    [TestCase("rand(30),add(30)")]
    [TestCase("-5")]
    [TestCase("soon")]
    public async Task An_unreadable_retry_after_is_no_retry_after(string value)
    {
        Answer(ConferencePath + "/mute", "POST", Json(429, "{}").WithHeader("Retry-After", value));
        var client = CreateClient(o => o.MaxRetries = 0);

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => client.MuteAsync()))!;

        Assert.That(error.RetryAfter, Is.Null);
    }

    [Test]
    public async Task A_retry_after_date_without_a_server_date_is_measured_by_the_clients_clock()
    {
        var inThirtySeconds = Clock.GetUtcNow().AddSeconds(30).ToString("r", System.Globalization.CultureInfo.InvariantCulture);
        using var server = new RawAnswerServer($"HTTP/1.1 503 Service Unavailable\r\nRetry-After: {inThirtySeconds}\r\nContent-Length: 2\r\n\r\n{{}}");
        var client = CreateClient(o => (o.BaseAddress, o.MaxRetries) = (server.BaseAddress, 0));

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync()))!;

        Assert.That(error.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(30)));
    }

    [Test]
    public void An_exception_built_for_a_users_fake_reads_as_a_real_one()
    {
        var error = ConferenceApiException.FromWebexError(
            429,
            new WebexError { Message = "Slow down.", TrackingId = "ROUTER_FAKE", ErrorCode = 429001 },
            new System.Collections.Generic.Dictionary<string, System.Collections.Generic.IEnumerable<string>> { ["retry-after"] = ["7"] });

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(429));
            Assert.That(error.TrackingId, Is.EqualTo("ROUTER_FAKE"));
            Assert.That(error.WebexMessage, Is.EqualTo("Slow down."));
            Assert.That(error.ErrorCode, Is.EqualTo(429001));
            Assert.That(error.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(7)));
            Assert.That(error.Message, Is.EqualTo("The Webex API answered 429 (TooManyRequests). Webex says: Slow down. Tracking ID: ROUTER_FAKE."));
            Assert.That(error.Result.ErrorCode, Is.EqualTo(429001));
        });
    }

    [Test]
    public void An_exception_built_with_the_public_constructor_fills_its_properties_from_the_error()
    {
        var headers = new System.Collections.Generic.Dictionary<string, System.Collections.Generic.IEnumerable<string>>();

        var error = new ConferenceApiException<WebexError>("failed", 400, null, headers, new WebexError { Message = "No such call", TrackingId = "ROUTER_CTOR", ErrorCode = 25001 }, null);

        Assert.That(error.TrackingId, Is.EqualTo("ROUTER_CTOR"));
        Assert.That(error.WebexMessage, Is.EqualTo("No such call"));
        Assert.That(error.ErrorCode, Is.EqualTo(25001));
        Assert.That(error.Message, Is.EqualTo("failed Webex says: No such call. Tracking ID: ROUTER_CTOR."));
    }
}
