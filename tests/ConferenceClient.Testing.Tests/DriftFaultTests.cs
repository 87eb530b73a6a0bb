using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Webex.Calling.Conference.Testing.Tests;

/// <summary>
/// Drift faults: answers that differ from the spec in one way each, read raw over HTTP against the
/// answer the simulator gives without them.
/// </summary>
public class DriftFaultTests : SimulatorTest
{
    [Test]
    public async Task An_extra_field_is_added_at_the_top_level_for_the_injected_times_only()
    {
        await StartConferenceAsync("c1", "c2");
        var normal = await RawDetails();
        Simulator.InjectFault(SimulatedFault.ExtraField("recording", new JsonObject { ["enabled"] = true }), times: 2, SimulatedOperation.GetConferenceDetails);

        var answers = new[] { await RawDetails(), await RawDetails(), await RawDetails() };

        var expected = Changed(normal, details => details["recording"] = new JsonObject { ["enabled"] = true });
        AssertJson(answers[0], expected);
        AssertJson(answers[1], expected);
        AssertJson(answers[2], normal);
    }

    [Test]
    public async Task An_extra_field_inside_an_array_is_added_to_each_item()
    {
        await StartConferenceAsync("c1", "c2");
        var normal = await RawDetails();
        Simulator.InjectFaultFor("GetConferenceDetails", SimulatedFault.ExtraField("participants[].role", "moderator"));

        var drifted = await RawDetails();

        AssertJson(drifted, Changed(normal, details =>
        {
            foreach (var participant in details["participants"]!.AsArray())
            {
                participant!["role"] = "moderator";
            }
        }));
        AssertJson(await RawDetails(), normal);
    }

    [Test]
    public async Task An_extra_field_for_any_operation_waits_for_an_answer_with_a_body_and_defaults_to_undocumented_field()
    {
        await StartConferenceAsync("c1", "c2");
        var normal = await RawDetails();
        Simulator.InjectFault(SimulatedFault.ExtraField());

        using var mute = await Post("telephony/conference/mute", """{"callId":"c1"}""");
        var drifted = await RawDetails();

        Assert.That(Status(mute), Is.EqualTo(204));
        AssertJson(drifted, Changed(normal, details =>
        {
            details["participants"]![0]!["muted"] = true;
            details["undocumentedField"] = "drift";
        }));
        Assert.That(Simulator.PendingFaults, Is.Empty);
    }

    [Test]
    public async Task An_unknown_enum_value_replaces_the_value_for_the_injected_times_only()
    {
        await StartConferenceAsync("c1", "c2");
        var normal = await RawDetails();
        Simulator.InjectFault(SimulatedFault.UnknownEnumValue("state", "unlisted-state"), times: 2);

        var answers = new[] { await RawDetails(), await RawDetails(), await RawDetails() };

        var expected = Changed(normal, details => details["state"] = "unlisted-state");
        AssertJson(answers[0], expected);
        AssertJson(answers[1], expected);
        AssertJson(answers[2], normal);
    }

    [Test]
    public async Task An_unknown_enum_value_is_set_even_where_the_answer_left_the_field_out()
    {
        await StartConferenceAsync("c1", "c2");
        var normal = await RawDetails();
        Simulator.InjectFault(SimulatedFault.UnknownEnumValue("type", "whisper"), operation: SimulatedOperation.GetConferenceDetails);

        var drifted = await RawDetails();

        Assert.That(normal.ContainsKey("type"), Is.False, "a standard conference has no type");
        AssertJson(drifted, Changed(normal, details => details["type"] = "whisper"));
    }

    [Test]
    public async Task A_missing_field_is_removed_from_each_object_it_names_for_the_injected_times_only()
    {
        await StartConferenceAsync("c1", "c2");
        var normal = await RawDetails();
        Simulator.InjectFault(SimulatedFault.MissingField("participants[].callId"), times: 2, SimulatedOperation.GetConferenceDetails);

        var answers = new[] { await RawDetails(), await RawDetails(), await RawDetails() };

        var expected = Changed(normal, details =>
        {
            foreach (var participant in details["participants"]!.AsArray())
            {
                participant!.AsObject().Remove("callId");
            }
        });
        AssertJson(answers[0], expected);
        AssertJson(answers[1], expected);
        AssertJson(answers[2], normal);
    }

    [Test]
    public async Task A_missing_field_at_the_top_level_leaves_the_rest_as_it_was()
    {
        await StartConferenceAsync("c1", "c2");
        var normal = await RawDetails();
        Simulator.InjectFault(SimulatedFault.MissingField("state"));

        var drifted = await RawDetails();

        AssertJson(drifted, Changed(normal, details => details.Remove("state")));
    }

    [Test]
    public async Task An_undocumented_success_status_carries_the_operation_out_for_the_injected_times_only()
    {
        await StartConferenceAsync("c1", "c2");
        Simulator.InjectFault(SimulatedFault.UndocumentedStatus(202), times: 2, SimulatedOperation.Mute);

        using var first = await Post("telephony/conference/mute", """{"callId":"c1"}""");
        using var second = await Post("telephony/conference/mute", """{"callId":"c2"}""");
        using var third = await Post("telephony/conference/mute");

        Assert.That((Status(first), Status(second), Status(third)), Is.EqualTo((202, 202, 204)));
        Assert.That(await first.Content.ReadAsStringAsync(), Is.Empty);
        Assert.That(Simulator.GetConference()!.Participants.Select(p => p.Muted), Is.EqualTo(new[] { true, true }));
        Assert.That(Simulator.Requests.Where(r => r.Operation == SimulatedOperation.Mute).Select(r => r.Status), Is.EqualTo(new int?[] { 202, 202, 204 }));
    }

    [Test]
    public async Task An_undocumented_success_status_keeps_the_usual_body_unless_asked_for_none()
    {
        await StartConferenceAsync("c1", "c2");
        var normal = await RawDetails();
        Simulator.InjectFault(SimulatedFault.UndocumentedStatus(203));
        Simulator.InjectFault(SimulatedFault.UndocumentedStatus(203, emptyBody: true));

        using var withBody = await Http.GetAsync("telephony/conference");
        using var empty = await Http.GetAsync("telephony/conference");

        Assert.That((Status(withBody), Status(empty)), Is.EqualTo((203, 203)));
        AssertJson(JsonNode.Parse(await withBody.Content.ReadAsStringAsync())!.AsObject(), normal);
        Assert.That(await empty.Content.ReadAsStringAsync(), Is.Empty);
    }

    [Test]
    public async Task An_undocumented_error_status_changes_nothing_and_answers_a_webex_body_or_none()
    {
        await StartConferenceAsync("c1", "c2");
        Simulator.InjectFault(SimulatedFault.UndocumentedStatus(418), operation: SimulatedOperation.Mute);
        Simulator.InjectFault(SimulatedFault.UndocumentedStatus(418, emptyBody: true), operation: SimulatedOperation.Mute);

        using var webexShaped = await Post("telephony/conference/mute", """{"callId":"c1"}""");
        using var empty = await Post("telephony/conference/mute", """{"callId":"c1"}""");

        var error = await ErrorOf(webexShaped, 418);
        Assert.That(error["errorCode"]!.GetValue<int>(), Is.EqualTo(418000));
        Assert.That(Status(empty), Is.EqualTo(418));
        Assert.That(await empty.Content.ReadAsStringAsync(), Is.Empty);
        Assert.That(Simulator.GetConference()!.Participants.Select(p => p.Muted), Is.EqualTo(new[] { false, false }));
        Assert.That(Simulator.PendingFaults, Is.Empty);
    }

    [Test]
    public void Drift_faults_print_as_their_factories_are_called()
    {
        Simulator.InjectFault(SimulatedFault.ExtraField("participants[].role", "agent"), times: 2);
        Simulator.InjectFault(SimulatedFault.UnknownEnumValue("state", "unlisted-state"));
        Simulator.InjectFault(SimulatedFault.UndocumentedStatus(418, emptyBody: true), operation: SimulatedOperation.Hold);
        Simulator.InjectFaultFor("GetConferenceDetails", SimulatedFault.MissingField("state"));

        Assert.That(Simulator.PendingFaults.Select(f => f.ToString()), Is.EqualTo(new[]
        {
            """ExtraField(participants[].role, "agent") on any operation, 2 times""",
            """UnknownEnumValue(state, "unlisted-state") on any operation""",
            "UndocumentedStatus(418, empty body) on Hold",
            "MissingField(state) on GetConferenceDetails",
        }));
        var alike = SimulatedFault.MissingField("a.b");
        Assert.That(SimulatedFault.MissingField("a.b"), Is.EqualTo(alike), "faults made alike compare equal");
    }

    [TestCase("extra", "nothing.role", "GetConferenceDetails", "fits no answer of GetConferenceDetails: the answer has no field nothing.")]
    [TestCase("extra", "state", "GetConferenceDetails", "state is a field of the spec; an extra field is one it does not list.")]
    [TestCase("extra", "state.since", "GetConferenceDetails", "state is not an object.")]
    [TestCase("extra", "participants.role", "GetConferenceDetails", "participants is not an object.")]
    [TestCase("extra", "created[].x", "GetConferenceDetails", "created is not an array.")]
    [TestCase("extra", "recording", "Mute", "fits no answer of Mute: the answer has no body.")]
    [TestCase("extra", "nothing.role", null, "fits no operation of the spec: the answer has no body; the answer has no field nothing.")]
    [TestCase("enum", "participants[].callId", "GetConferenceDetails", "participants[].callId is not an enum.")]
    [TestCase("enum", "mood", null, "fits no operation of the spec: the answer has no body; the answer has no field mood.")]
    [TestCase("enum", "state", "GetConferenceDetails", "held is a value the spec lists for state.")]
    [TestCase("missing", "participants[].role", "GetConferenceDetails", "participants[] has no field role.")]
    [TestCase("missing", "callId", "Hold", "the answer has no body.")]
    [TestCase("status", "200", "GetConferenceDetails", "fits no answer of GetConferenceDetails: the spec documents 200.")]
    [TestCase("status", "429", null, "fits no operation of the spec: the spec documents 429.")]
    public void A_drift_fault_that_does_not_fit_the_operations_answer_is_refused_saying_why(string kind, string argument, string? operation, string why)
    {
        var fault = kind switch
        {
            "extra" => SimulatedFault.ExtraField(argument, 1),
            "enum" => SimulatedFault.UnknownEnumValue(argument, "held"),
            "missing" => SimulatedFault.MissingField(argument),
            _ => SimulatedFault.UndocumentedStatus(int.Parse(argument, System.Globalization.CultureInfo.InvariantCulture)),
        };

        var refused = Assert.Throws<ArgumentException>(() =>
        {
            if (operation is null)
            {
                Simulator.InjectFault(fault);
            }
            else
            {
                Simulator.InjectFaultFor(operation, fault);
            }
        });

        Assert.That(refused!.ParamName, Is.EqualTo("fault"));
        Assert.That(refused.Message, Does.StartWith(fault.ToString()).And.Contain(why));
        Assert.That(Simulator.PendingFaults, Is.Empty);
    }

    [TestCase("participants[")]
    [TestCase("participants[]")]
    [TestCase("participants..role")]
    [TestCase("state ")]
    [TestCase("")]
    public void A_path_that_is_not_a_field_path_is_refused_by_the_factory(string path)
    {
        var refused = Assert.Throws<ArgumentException>(() => SimulatedFault.MissingField(path));

        Assert.That(refused!.ParamName, Is.EqualTo("path"));
        Assert.That(refused.Message, Does.Contain("is not a field path").Or.Contain("empty"));
    }

    [TestCase(199)]
    [TestCase(600)]
    public void An_undocumented_status_is_an_http_status_with_an_answer(int status) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SimulatedFault.UndocumentedStatus(status));

    private async Task<JsonObject> RawDetails()
    {
        using var response = await Http.GetAsync("telephony/conference");
        Assert.That(Status(response), Is.EqualTo(200));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static JsonObject Changed(JsonObject normal, Action<JsonObject> change)
    {
        var copy = normal.DeepClone().AsObject();
        change(copy);
        return copy;
    }

    private static void AssertJson(JsonObject actual, JsonObject expected) =>
        Assert.That(JsonNode.DeepEquals(actual, expected), Is.True, $"{actual.ToJsonString()}\nexpected\n{expected.ToJsonString()}");
}
