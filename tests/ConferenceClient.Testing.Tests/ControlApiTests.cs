using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Webex.Calling.Conference.Testing.Tests;

/// <summary>The control API under /_simulator/, spoken to over plain HTTP as a test in another language would.</summary>
public class ControlApiTests : SimulatorTest
{
    [Test]
    public async Task Calls_are_added_listed_and_hung_up_on_their_line()
    {
        var own = await Control(HttpMethod.Post, "calls", """{"callId":"c1"}""");
        await Control(HttpMethod.Post, "calls", """{"callId":"c2"}""");
        var reception = await Control(HttpMethod.Post, "calls", """{"callId":"c1","lineOwnerId":"reception"}""");
        var member = await Control(HttpMethod.Post, "calls", """{"callId":"a/1","memberId":"agent-7","lineOwnerId":null}""");

        var hangUp = await Control(HttpMethod.Delete, "calls/c1");
        var memberHangUp = await Control(HttpMethod.Delete, "calls/a%2F1?memberId=agent-7");
        var listed = await Json(await Control(HttpMethod.Get, "calls?lineOwnerId=reception"));
        var created = await Json(own);

        Assert.Multiple(() =>
        {
            Assert.That(Status(own), Is.EqualTo(201));
            Assert.That(JsonNode.DeepEquals(created, JsonNode.Parse("""{"callId":"c1","lineOwnerId":null,"memberId":null}""")), Is.True, created.ToJsonString());
            Assert.That(Status(reception), Is.EqualTo(201));
            Assert.That(Status(member), Is.EqualTo(201));
            Assert.That((Status(hangUp), Status(memberHangUp)), Is.EqualTo((204, 204)));
            Assert.That(listed.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { "c1" }));
            Assert.That(Simulator.GetCalls(), Is.EqualTo(new[] { "c2" }));
            Assert.That(Simulator.GetMemberCalls("agent-7"), Is.Empty);
        });
    }

    [Test]
    public async Task A_call_mistake_is_a_webex_shaped_4xx()
    {
        await Control(HttpMethod.Post, "calls", """{"callId":"c1"}""");

        await ErrorOf(await Control(HttpMethod.Post, "calls", """{"callId":"c1"}"""), 409);
        await ErrorOf(await Control(HttpMethod.Post, "calls", """{"callId":" "}"""), 400);
        await ErrorOf(await Control(HttpMethod.Post, "calls", """{"callId":"c2","lineOwnerId":"x","memberId":"y"}"""), 400);
        await ErrorOf(await Control(HttpMethod.Post, "calls", """{"callId":"c2","memberId":"me"}"""), 400);
        await ErrorOf(await Control(HttpMethod.Post, "calls", """{"callId":"c2","line":"x"}"""), 400);
        await ErrorOf(await Control(HttpMethod.Post, "calls", """{"callId":2}"""), 400);
        await ErrorOf(await Control(HttpMethod.Post, "calls", "[]"), 400);
        await ErrorOf(await Control(HttpMethod.Delete, "calls/c9"), 404);
        await ErrorOf(await Control(HttpMethod.Delete, "calls/c1?lineOwnerId=reception"), 404);
        await ErrorOf(await Control(HttpMethod.Get, "calls?lineOwnerId=%20"), 400);
        Assert.That(Simulator.GetCalls(), Is.EqualTo(new[] { "c1" }));
    }

    [Test]
    public async Task The_conference_reads_as_a_snapshot_or_as_an_empty_object()
    {
        await StartMemberConferenceAsync("agent-7", "a", "b");
        await Post("telephony/conference/members/agent-7/mute", """{"callId":"b"}""");

        var none = await Json(await Control(HttpMethod.Get, "conference"));
        var text = await (await Control(HttpMethod.Get, "conference?memberId=agent-7")).Content.ReadAsStringAsync();
        var member = JsonNode.Parse(text)!.AsObject();

        Assert.That(none.AsObject(), Is.Empty);
        Assert.That(text, Does.Contain("+00:00\""), "no \\u escapes for a terminal to show");
        Assert.That(member.Select(p => p.Key), Is.EqualTo(new[] { "state", "type", "hostMuted", "appearance", "created", "participants" }));
        Assert.That(
            JsonNode.DeepEquals(member["participants"], JsonNode.Parse("""[{"callId":"a","muted":false,"deafened":false},{"callId":"b","muted":true,"deafened":false}]""")),
            Is.True, member.ToJsonString());
        Assert.That((member["state"]!.GetValue<string>(), member["type"], member["appearance"]!.GetValue<int>()), Is.EqualTo(("connected", (JsonNode?)null, 1)));
        Assert.That(DateTimeOffset.Parse(member["created"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
            Is.EqualTo(Simulator.GetMemberConference("agent-7")!.Created));
    }

    [Test]
    public async Task An_injected_fault_is_listed_once_with_the_answers_it_has_left_then_spoils_its_operations_answers()
    {
        var injected = await Control(HttpMethod.Post, "faults", """{"fault":"rateLimited","retryAfterSeconds":2,"times":3,"operation":"mute"}""");
        var listed = await Json(await Control(HttpMethod.Get, "faults"));

        var details = await Http.GetAsync("telephony/conference");
        var mute = await Post("telephony/conference/mute");
        var listedAfterOne = await Json(await Control(HttpMethod.Get, "faults"));
        await Post("telephony/conference/mute");
        var listedAfterTwo = await Json(await Control(HttpMethod.Get, "faults"));
        await Post("telephony/conference/mute");
        var listedAfterThree = await Json(await Control(HttpMethod.Get, "faults"));

        Assert.That(Status(injected), Is.EqualTo(201));
        Assert.That(JsonNode.DeepEquals(await Json(injected), JsonNode.Parse(
            """{"fault":"rateLimited","retryAfterSeconds":2,"times":3,"operation":"mute","description":"RateLimited(Retry-After 2 s) on Mute, 3 times"}""")), Is.True);
        Assert.That(JsonNode.DeepEquals(listed, JsonNode.Parse("""
            [{"fault":"rateLimited","retryAfterSeconds":2,"times":3,"operation":"mute","description":"RateLimited(Retry-After 2 s) on Mute, 3 times"}]
            """)), Is.True, listed.ToJsonString());
        Assert.That(Status(details), Is.EqualTo(200));
        await ErrorOf(mute, 429);
        Assert.That(mute.Headers.GetValues("Retry-After").Single(), Is.EqualTo("2"));
        Assert.That(JsonNode.DeepEquals(listedAfterOne, JsonNode.Parse("""
            [{"fault":"rateLimited","retryAfterSeconds":2,"times":2,"operation":"mute","description":"RateLimited(Retry-After 2 s) on Mute, 2 times"}]
            """)), Is.True, listedAfterOne.ToJsonString());
        Assert.That(listedAfterTwo.AsArray().Select(f => (f!["times"]!.GetValue<int>(), f["description"]!.GetValue<string>())),
            Is.EqualTo(new[] { (1, "RateLimited(Retry-After 2 s) on Mute") }));
        Assert.That(listedAfterThree.AsArray(), Is.Empty);
        Assert.That(Simulator.Requests.Where(r => r.Operation == SimulatedOperation.Mute).Select(r => r.Status), Is.EqualTo(new int?[] { 429, 429, 429 }));
    }

    [TestCase("""{"fault":"locked"}""", "Locked on any operation")]
    [TestCase("""{"fault":"locked","retryAfterSeconds":1.5,"operation":"hold"}""", "Locked(Retry-After 2 s) on Hold")]
    [TestCase("""{"fault":"gatewayError","status":504,"operation":"startConference"}""", "GatewayError(504) on StartConference")]
    [TestCase("""{"fault":"delay","delayMs":100,"operation":"getConferenceDetails"}""", "Delay(100 ms) on GetConferenceDetails")]
    [TestCase("""{"fault":"malformedBody","operation":"supervisorCoach"}""", "MalformedBody on SupervisorCoach")]
    [TestCase("""{"fault":"futureDetails","operation":null}""", "FutureDetails on any operation")]
    [TestCase("""{"fault":"extraField"}""", "ExtraField(undocumentedField, \"drift\") on any operation")]
    [TestCase("""{"fault":"extraField","path":"participants[].role","value":null}""", "ExtraField(participants[].role, null) on any operation")]
    [TestCase("""{"fault":"unknownEnumValue","path":"state","value":"unlisted-state","operation":"getConferenceDetails"}""", "UnknownEnumValue(state, \"unlisted-state\") on GetConferenceDetails")]
    [TestCase("""{"fault":"undocumentedStatus","status":202,"operation":"mute","times":2}""", "UndocumentedStatus(202) on Mute, 2 times")]
    [TestCase("""{"fault":"undocumentedStatus","status":418,"emptyBody":true}""", "UndocumentedStatus(418, empty body) on any operation")]
    [TestCase("""{"fault":"missingField","path":"participants[].callId"}""", "MissingField(participants[].callId) on any operation")]
    public async Task Each_fault_can_be_injected_by_name(string body, string expected)
    {
        var injected = await Control(HttpMethod.Post, "faults", body);

        Assert.That(Status(injected), Is.EqualTo(201));
        Assert.That(Simulator.PendingFaults.Select(f => f.ToString()), Is.EqualTo(new[] { expected }));
    }

    [TestCase("""{"fault":"teapot"}""")]
    [TestCase("""{"operation":"mute"}""")]
    [TestCase("""{"fault":"locked","retryAfter":2}""")]
    [TestCase("""{"fault":"locked","status":423}""")]
    [TestCase("""{"fault":"rateLimited"}""")]
    [TestCase("""{"fault":"rateLimited","retryAfterSeconds":-1}""")]
    [TestCase("""{"fault":"rateLimited","retryAfterSeconds":"2"}""")]
    [TestCase("""{"fault":"gatewayError","status":500}""")]
    [TestCase("""{"fault":"delay"}""")]
    [TestCase("""{"fault":"delay","delayMs":1e12}""")]
    [TestCase("""{"fault":"locked","times":0}""")]
    [TestCase("""{"fault":"locked","times":1.5}""")]
    [TestCase("""{"fault":"locked","times":1000000}""")]
    [TestCase("""{"fault":"locked","operation":"muteEveryone"}""")]
    [TestCase("""{"fault":"locked","operation":"4"}""")]
    [TestCase("""{"fault":"locked","path":"state"}""")]
    [TestCase("""{"fault":"gatewayError","status":502,"emptyBody":true}""")]
    [TestCase("""{"fault":"extraField","path":"participants["}""")]
    [TestCase("""{"fault":"extraField","path":"state"}""")]
    [TestCase("""{"fault":"extraField","path":"nothing.role","operation":"getConferenceDetails"}""")]
    [TestCase("""{"fault":"extraField","path":"recording","operation":"mute"}""")]
    [TestCase("""{"fault":"extraField","path":3}""")]
    [TestCase("""{"fault":"unknownEnumValue","path":"state"}""")]
    [TestCase("""{"fault":"unknownEnumValue","path":"state","value":7}""")]
    [TestCase("""{"fault":"unknownEnumValue","path":"state","value":"held"}""")]
    [TestCase("""{"fault":"unknownEnumValue","path":"participants[].callId","value":"x"}""")]
    [TestCase("""{"fault":"undocumentedStatus"}""")]
    [TestCase("""{"fault":"undocumentedStatus","status":100}""")]
    [TestCase("""{"fault":"undocumentedStatus","status":202.5}""")]
    [TestCase("""{"fault":"undocumentedStatus","status":204,"operation":"mute"}""")]
    [TestCase("""{"fault":"undocumentedStatus","status":418,"emptyBody":"yes"}""")]
    [TestCase("""{"fault":"missingField"}""")]
    [TestCase("""{"fault":"missingField","path":"participants[].role"}""")]
    [TestCase("""{"fault":"missingField","path":"state","value":1}""")]
    [TestCase("")]
    [TestCase("not json")]
    public async Task A_fault_that_does_not_read_is_a_400_and_nothing_is_injected(string body)
    {
        var refused = await Control(HttpMethod.Post, "faults", body);

        var error = await ErrorOf(refused, 400);
        Assert.That(error["message"]!.GetValue<string>(), Does.Not.Contain("Parameter"));
        Assert.That(Simulator.PendingFaults, Is.Empty);
    }

    [Test]
    public async Task A_drift_fault_is_answered_and_listed_field_by_field_then_drifts_its_operations_answers()
    {
        await StartConferenceAsync("c1", "c2");

        var injected = await Control(HttpMethod.Post, "faults",
            """{"fault":"extraField","path":"participants[].role","value":{"level":2},"times":2,"operation":"getConferenceDetails"}""");
        var created = await Json(injected);
        await Control(HttpMethod.Post, "faults", """{"fault":"undocumentedStatus","status":418,"operation":"hold"}""");
        var listed = await Json(await Control(HttpMethod.Get, "faults"));
        var drifted = await Details();
        using var hold = await Post("telephony/conference/hold");

        var expected = JsonNode.Parse("""
            {"fault":"extraField","path":"participants[].role","value":{"level":2},"times":2,"operation":"getConferenceDetails","description":"ExtraField(participants[].role, {\"level\":2}) on GetConferenceDetails, 2 times"}
            """);
        Assert.That(Status(injected), Is.EqualTo(201));
        Assert.That(JsonNode.DeepEquals(created, expected), Is.True, created.ToJsonString());
        Assert.That(JsonNode.DeepEquals(listed, JsonNode.Parse($$"""
            [{{expected!.ToJsonString()}},
             {"fault":"undocumentedStatus","status":418,"emptyBody":false,"times":1,"operation":"hold","description":"UndocumentedStatus(418) on Hold"}]
            """)), Is.True, listed.ToJsonString());
        Assert.That(drifted["participants"]!.AsArray().Select(p => p!["role"]!["level"]!.GetValue<int>()), Is.EqualTo(new[] { 2, 2 }));
        await ErrorOf(hold, 418);
        Assert.That(Simulator.PendingFaults.Select(f => f.Times), Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public async Task A_drift_fault_that_does_not_fit_is_a_400_that_says_why()
    {
        var refused = await Control(HttpMethod.Post, "faults", """{"fault":"missingField","path":"participants[].role","operation":"getConferenceDetails"}""");

        var error = await ErrorOf(refused, 400);
        Assert.That(error["message"]!.GetValue<string>(),
            Is.EqualTo("MissingField(participants[].role) fits no answer of GetConferenceDetails: participants[] has no field role."));
    }

    [Test]
    public async Task Faults_are_cleared_and_the_simulator_reset_over_http()
    {
        Simulator.AddCall("c1");
        Simulator.InjectFault(SimulatedFault.Locked());
        var clear = await Control(HttpMethod.Delete, "faults");
        var faults = Simulator.PendingFaults;
        await Http.GetAsync("telephony/conference");

        var reset = await Control(HttpMethod.Post, "reset");

        Assert.That((Status(clear), Status(reset)), Is.EqualTo((204, 204)));
        Assert.That(faults, Is.Empty);
        Assert.That(Simulator.Requests, Is.Empty);
        Assert.That(Simulator.GetCalls(), Is.Empty);
    }

    [Test]
    public async Task The_journal_reads_as_json_and_control_requests_stay_out_of_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "telephony/conference/hold?lineOwnerId=reception");
        request.Headers.Add("TrackingID", "WXCONF_7");
        await Http.SendAsync(request);
        await Control(HttpMethod.Get, "faults");

        var journal = (await Json(await Control(HttpMethod.Get, "requests"))).AsArray();

        Assert.That(journal, Has.Count.EqualTo(1));
        var hold = journal[0]!.AsObject();
        Assert.That(hold.Select(p => p.Key), Is.EqualTo(new[]
        {
            "operation", "operationId", "memberId", "method", "path", "query", "body", "headers", "sentTrackingId", "status", "answeredTrackingId", "bodyTruncated",
        }));
        Assert.That((hold["operation"]!.GetValue<string>(), hold["path"]!.GetValue<string>(), hold["query"]!["lineOwnerId"]!.GetValue<string>(), hold["status"]!.GetValue<int>()),
            Is.EqualTo(("hold", "/v1/telephony/conference/hold", "reception", 404)));
        Assert.That((hold["sentTrackingId"]!.GetValue<string>(), hold["answeredTrackingId"]!.GetValue<string>()),
            Is.EqualTo(("WXCONF_7", Simulator.Requests[0].AnsweredTrackingId)));
        Assert.That(hold["headers"]!["Authorization"]!.GetValue<string>(), Is.EqualTo("Bearer ***"));
    }

    [Test]
    public async Task The_control_api_takes_the_same_token_and_knows_its_paths()
    {
        using var anonymous = new HttpClient();

        await ErrorOf(await anonymous.GetAsync(new Uri(Simulator.BaseAddress, "/_simulator/requests")), 401);
        await ErrorOf(await Control(HttpMethod.Get, "nothing"), 404);
        await ErrorOf(await Control(HttpMethod.Get, ""), 404);
        await ErrorOf(await Control(HttpMethod.Put, "faults"), 405);
        await ErrorOf(await Control(HttpMethod.Get, "reset"), 405);
        await ErrorOf(await Control(HttpMethod.Post, "calls", """{"callId":"c1","pad":" """ + new string(' ', 64 * 1024) + "\"}"), 413);
        Assert.That(Simulator.Requests, Is.Empty);
        Assert.That(Simulator.GetCalls(), Is.Empty);
    }

    private Task<HttpResponseMessage> Control(HttpMethod method, string path, string? json = null)
    {
        var request = new HttpRequestMessage(method, new Uri(Simulator.BaseAddress, "/_simulator/" + path))
        {
            Content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"),
        };
        return Http.SendAsync(request);
    }

    private static async Task<JsonNode> Json(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
}
