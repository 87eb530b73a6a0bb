using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Webex.Calling.Conference.Testing.Tests;

/// <summary>
/// The simulator routes and checks requests from the spec it embeds: a path the spec lacks is a 404, a
/// method it lacks a 405, and a request that breaks a schema rule a Webex-shaped 400 naming the field,
/// before any behaviour runs.
/// </summary>
public class SpecServingTests : SimulatorTest
{
    [TestCase("GET", "telephony/conference/nothing", 404)]
    [TestCase("GET", "telephony/conference/", 404)]
    [TestCase("GET", "telephony/conference/members/agent-7", 404)]
    [TestCase("GET", "telephony/conferences", 404)]
    [TestCase("PUT", "telephony/conference", 405)]
    [TestCase("GET", "telephony/conference/mute", 405)]
    [TestCase("DELETE", "telephony/conference/members/agent-7/hold", 405)]
    [TestCase("GET", "telephony/conference/members/me/bargeIn", 405)]
    public async Task A_path_the_spec_lacks_is_a_404_and_a_method_it_lacks_a_405(string method, string path, int status)
    {
        using var response = await Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var error = await ErrorOf(response, status);
        Assert.That(Simulator.Requests.Single().OperationId, Is.Null, error.ToJsonString());
    }

    [TestCase("telephony/conference/members/me/hold", "HoldForMe", "me")]
    [TestCase("telephony/conference/members/agent-7/hold", "HoldForMember", "agent-7")]
    [TestCase("telephony/conference/members/a%2Fb%20c/hold", "HoldForMember", "a/b c")]
    [TestCase("telephony/conference/hold", "Hold", null)]
    public async Task A_literal_segment_wins_over_a_parameter_and_a_member_id_is_unescaped_once(string path, string operationId, string? memberId)
    {
        using var _ = await Post(path);

        var request = Simulator.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.OperationId, Is.EqualTo(operationId));
            Assert.That(request.Operation, Is.EqualTo(SimulatedOperation.Hold));
            Assert.That(request.MemberId, Is.EqualTo(memberId));
        });
    }

    [TestCase("telephony/conference", "{}", "callIds is required.")]
    [TestCase("telephony/conference", """{"callIds":"c1"}""", "callIds must be an array.")]
    [TestCase("telephony/conference", """{"callIds":["c1"]}""", "callIds needs at least 2 items; 1 given.")]
    [TestCase("telephony/conference", """{"callIds":["c1",""]}""", "callIds[1] cannot be empty or blank.")]
    [TestCase("telephony/conference", """{"callIds":["c1"," "]}""", "callIds[1] cannot be empty or blank.")]
    [TestCase("telephony/conference", """{"callIds":["c1",2]}""", "callIds[1] must be a string.")]
    [TestCase("telephony/conference", """{"callIds":["c1","c2"],"lineOwnerId":""}""", "lineOwnerId cannot be empty or blank.")]
    [TestCase("telephony/conference", """{"callIds":["c1","c2"],"extra":true}""", "extra is not a field of this request.")]
    [TestCase("telephony/conference", """{"callIds":["c1","c2"],"callIds":["c3","c4"]}""", "The request body holds the key callIds twice.")]
    [TestCase("telephony/conference", "[]", "The request body is not a JSON object but a JSON array.")]
    [TestCase("telephony/conference", "{", "The request body is not valid JSON at line 1, byte 2: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.")]
    [TestCase("telephony/conference/addParticipant", """{"callId":null}""", "callId cannot be null.")]
    [TestCase("telephony/conference/addParticipant", """{"callId":7}""", "callId must be a string.")]
    [TestCase("telephony/conference/mute", """{"callId":"c1","lineOwnerId":"x"}""", "lineOwnerId is not a field of this request.")]
    [TestCase("telephony/conference/mute?lineOwnerId=x", "{}", "lineOwnerId is not a query parameter of Mute.")]
    [TestCase("telephony/conference/hold?lineOwnerId=", null, "lineOwnerId cannot be empty or blank.")]
    [TestCase("telephony/conference/deafen", "{}", "callId is required.")]
    [TestCase("telephony/conference/members/agent-7/conference?lineOwnerId=x", """{"callIds":["c1","c2"]}""", "lineOwnerId is not a query parameter of StartConferenceForMember.")]
    [TestCase("telephony/conference/members/agent-7/bargeIn?orgId=", null, "orgId cannot be empty or blank.")]
    public async Task A_request_that_breaks_the_spec_is_a_400_that_names_the_field_and_does_nothing(string path, string? body, string message)
    {
        AddCalls("c1", "c2");
        Simulator.AddMemberCall("agent-7", "c1");
        Simulator.AddMemberCall("agent-7", "c2");

        var error = await ErrorOf(await Post(path, body), 400);

        Assert.That(error["message"]!.GetValue<string>(), Is.EqualTo(message));
        Assert.That(Simulator.GetConference() ?? Simulator.GetMemberConference("agent-7"), Is.Null, "a refused request changed nothing");
    }

    [Test]
    public async Task A_get_with_an_unknown_query_parameter_is_refused_and_a_body_on_an_operation_without_one_is_ignored()
    {
        var error = await ErrorOf(await Http.GetAsync("telephony/conference?bogus=1"), 400);
        await StartConferenceAsync("c1", "c2");
        using var held = await Post("telephony/conference/hold", """{"anything":"at all"}""");

        Assert.Multiple(async () =>
        {
            Assert.That(error["message"]!.GetValue<string>(), Is.EqualTo("bogus is not a query parameter of GetConferenceDetails."));
            Assert.That(Status(held), Is.EqualTo(204));
            Assert.That((await Details())["state"]!.GetValue<string>(), Is.EqualTo("held"));
        });
    }

    [Test]
    public async Task A_host_mute_may_send_no_body_at_all()
    {
        await StartConferenceAsync("c1", "c2");

        using var muted = await Post("telephony/conference/mute");

        Assert.That(Status(muted), Is.EqualTo(204));
        Assert.That((await Details())["muted"]!.GetValue<bool>(), Is.True);
    }
}
