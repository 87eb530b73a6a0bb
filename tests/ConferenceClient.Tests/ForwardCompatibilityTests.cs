using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

public class ForwardCompatibilityTests : ConferenceServerTest
{
    // What a newer Webex might send: an unknown state and type, unknown fields at both levels, a date
    // and a decimal whose text a careless round trip would change.
    private const string FutureDetails = """
        {"state":"parked","type":"whisperCoaching","appearance":2,"muted":false,
         "recording":{"on":true,"since":"2024-05-01T10:00:00.000Z"},"score":1.10,
         "participants":[{"callId":"c1","muted":false,"deafened":false,"role":"agent","media":{"codec":"opus"}}]}
        """;

    private static readonly JsonSerializerOptions WebDefaults = new(JsonSerializerDefaults.Web);

    [Test]
    public void The_enums_list_the_values_of_the_spec()
    {
        // Every named enum schema of the spec (read with NSwag) against the extensible enum of that name.
        var spec = NSwag.OpenApiYamlDocument.FromFileAsync(System.IO.Path.Combine(System.AppContext.BaseDirectory, "openapi", "conference-controls.yaml")).GetAwaiter().GetResult();
        var enums = spec.Components.Schemas.Where(s => s.Value.IsEnumeration).ToList();
        Assert.That(enums.Select(e => e.Key), Does.Contain("ConferenceState").And.Contain("ConferenceType"));
        foreach (var (name, schema) in enums)
        {
            var type = typeof(ConferenceState).Assembly.GetType("Webex.Calling.Conference." + name)!;
            var documented = (System.Collections.IEnumerable)type.GetProperty("DocumentedValues")!.GetValue(null)!;
            Assert.That(documented.Cast<object>().Select(v => v.ToString()), Is.EqualTo(schema.Enumeration.Select(v => v!.ToString())), name);
        }
    }

    [TestCase("connected")]
    [TestCase("held")]
    [TestCase("disconnected")]
    public async Task Every_documented_state_is_read_and_written_as_sent(string wire)
    {
        var details = await DetailsFrom($$"""{"state":"{{wire}}"}""");

        Assert.That(details.State, Is.EqualTo(ConferenceState.DocumentedValues.Single(v => v.ToString() == wire)));
        Assert.That(details.State!.Value.IsDocumented, Is.True);
        Assert.That(details.AdditionalProperties, Is.Empty);
        Assert.That(JsonConvert.SerializeObject(details), Is.EqualTo($$"""{"state":"{{wire}}"}"""));
    }

    [TestCase("bargeIn")]
    [TestCase("silentMonitoring")]
    [TestCase("coaching")]
    public async Task Every_documented_type_is_read_and_written_as_sent(string wire)
    {
        var details = await DetailsFrom($$"""{"state":"connected","type":"{{wire}}"}""");

        Assert.That(details.Type, Is.EqualTo(ConferenceType.DocumentedValues.Single(v => v.ToString() == wire)));
        Assert.That(JObject.Parse(JsonConvert.SerializeObject(details))["type"]!.Value<string>(), Is.EqualTo(wire));
    }

    [Test]
    public async Task An_unknown_state_is_kept_as_sent_and_is_still_a_conference()
    {
        var details = await DetailsFrom("""{"state":"parked","muted":false}""");

        Assert.Multiple(() =>
        {
            Assert.That(details.State!.Value.ToString(), Is.EqualTo("parked"));
            Assert.That(details.State.Value.IsDocumented, Is.False);
            Assert.That(details.State, Is.EqualTo((ConferenceState)"parked"));
            Assert.That(ConferenceState.DocumentedValues, Does.Not.Contain(details.State.Value));
            Assert.That(details.AdditionalProperties, Is.Empty, "no raw twin of the state");
            Assert.That(details.HasConference, Is.True);
        });
    }

    [TestCase("""{"state":"parked","type":"whisper","muted":true}""")]
    [TestCase("""{"state":7,"type":{"mode":"whisper","level":2}}""")]
    [TestCase(FutureDetails)]
    public async Task Unknown_values_and_fields_are_written_back_unchanged_with_default_settings(string json)
    {
        var details = await DetailsFrom(json);

        var written = JsonConvert.SerializeObject(details);

        Assert.That(JToken.DeepEquals(JToken.Parse(written), JToken.Parse(json)), Is.True, written);
    }

    [Test]
    public async Task Plain_JsonConvert_reads_back_what_it_wrote_unknown_values_dates_and_decimals_included()
    {
        var written = JsonConvert.SerializeObject(await DetailsFrom(FutureDetails));

        var readBack = JsonConvert.DeserializeObject<ConferenceDetails>(written)!;

        Assert.Multiple(() =>
        {
            Assert.That(JsonConvert.SerializeObject(readBack), Is.EqualTo(written));
            Assert.That(written, Does.Contain("\"score\":1.10").And.Contain("\"since\":\"2024-05-01T10:00:00.000Z\""));
            Assert.That(readBack.State!.Value.ToString(), Is.EqualTo("parked"));
            Assert.That(readBack.AdditionalProperties["score"], Is.EqualTo(new RawJson("1.10")));
            Assert.That(readBack.Participants!.Single().AdditionalProperties.Keys, Is.EquivalentTo(new[] { "role", "media" }));
        });
    }

    [Test]
    public void Unknown_enum_values_are_kept_in_lists_and_nested_objects_by_either_serializer()
    {
        const string json = """{"states":["connected","parked",3],"byParticipant":{"c1":"whisper","c2":"coaching"},"inner":{"state":"held","type":"shadow"}}""";

        var newtonsoft = JsonConvert.DeserializeObject<EnumHolder>(json)!;
        var systemTextJson = System.Text.Json.JsonSerializer.Deserialize<EnumHolder>(json, WebDefaults)!;

        foreach (var holder in new[] { newtonsoft, systemTextJson })
        {
            Assert.That(holder.States.Select(s => s.IsDocumented), Is.EqualTo(new[] { true, false, false }));
            Assert.That(holder.ByParticipant["c1"].ToString(), Is.EqualTo("whisper"));
            Assert.That(holder.Inner!.Type!.Value.ToString(), Is.EqualTo("shadow"));
            Assert.That(JToken.DeepEquals(JToken.Parse(JsonConvert.SerializeObject(holder)), JToken.Parse(json)), Is.True);
            Assert.That(JToken.DeepEquals(JToken.Parse(System.Text.Json.JsonSerializer.Serialize(holder, WebDefaults)), JToken.Parse(json)), Is.True);
        }
    }

    [Test]
    public async Task System_Text_Json_with_web_defaults_writes_the_wire_shape()
    {
        var details = await DetailsFrom(FutureDetails);

        var written = JObject.Parse(System.Text.Json.JsonSerializer.Serialize(details, WebDefaults));

        Assert.That(JToken.DeepEquals(written, JObject.Parse(FutureDetails)), Is.True, written.ToString());
        Assert.That(written.Properties().Select(p => p.Name), Has.None.EqualTo("hasConference").And.None.EndsWith("RawValue"));
    }

    [Test]
    public async Task System_Text_Json_reads_back_what_it_wrote()
    {
        var written = System.Text.Json.JsonSerializer.Serialize(await DetailsFrom(FutureDetails), WebDefaults);

        var readBack = System.Text.Json.JsonSerializer.Deserialize<ConferenceDetails>(written, WebDefaults)!;

        Assert.That(System.Text.Json.JsonSerializer.Serialize(readBack, WebDefaults), Is.EqualTo(written));
        Assert.That(readBack.AdditionalProperties["recording"], Is.InstanceOf<RawJson>());
    }

    [Test]
    public async Task Setting_a_documented_value_over_an_unknown_one_writes_only_the_new_value()
    {
        var details = await DetailsFrom("""{"state":"parked"}""");

        details.State = ConferenceState.Held;

        Assert.That(JsonConvert.SerializeObject(details), Is.EqualTo("""{"state":"held"}"""));
        Assert.That(System.Text.Json.JsonSerializer.Serialize(details, WebDefaults), Is.EqualTo("""{"state":"held"}"""));
    }

    [Test]
    public async Task Serializing_a_model_never_changes_it()
    {
        var details = await DetailsFrom(FutureDetails);
        details.State = ConferenceState.Held;
        var fieldsBefore = details.AdditionalProperties.ToList();

        var first = JsonConvert.SerializeObject(details);
        _ = System.Text.Json.JsonSerializer.Serialize(details, WebDefaults);
        var second = JsonConvert.SerializeObject(details);

        Assert.That(second, Is.EqualTo(first));
        Assert.That(details.AdditionalProperties, Is.EqualTo(fieldsBefore));
        Assert.That(details.State, Is.EqualTo(ConferenceState.Held));
    }

    [Test]
    public void The_default_of_an_enum_is_not_a_real_state()
    {
        var none = default(ConferenceState);

        Assert.That(ConferenceState.DocumentedValues, Does.Not.Contain(none));
        Assert.That(none.IsDocumented, Is.False);
        Assert.That(none.ToString(), Is.Empty);
    }

    [Test]
    public async Task Unknown_fields_are_kept_as_raw_json_at_top_level_and_in_participants()
    {
        var details = await DetailsFrom(FutureDetails);

        Assert.Multiple(() =>
        {
            Assert.That(details.AdditionalProperties.Keys, Is.EquivalentTo(new[] { "recording", "score" }));
            Assert.That(details.AdditionalProperties["recording"], Is.EqualTo(new RawJson("""{"on":true,"since":"2024-05-01T10:00:00.000Z"}""")));
            Assert.That(details.Participants!.Single().AdditionalProperties["role"], Is.EqualTo(new RawJson("\"agent\"")));
        });
    }

    [Test]
    public void Fields_set_by_hand_are_written_by_both_serializers()
    {
        var details = new ConferenceDetails { State = ConferenceState.Connected };
        details.AdditionalProperties["score"] = 1.10m;
        details.AdditionalProperties["note"] = "hi";
        details.AdditionalProperties["raw"] = new RawJson("""{"a":[1,2]}""");

        const string expected = """{"state":"connected","score":1.10,"note":"hi","raw":{"a":[1,2]}}""";
        Assert.That(JsonConvert.SerializeObject(details), Is.EqualTo(expected));
        Assert.That(System.Text.Json.JsonSerializer.Serialize(details, WebDefaults), Is.EqualTo(expected));
        Assert.That(new ConferenceDetails().AdditionalProperties, Is.Empty);
    }

    [Test]
    public async Task A_number_a_decimal_cannot_hold_is_read_as_a_double_instead_of_failing()
    {
        var details = await DetailsFrom("""{"state":"connected","score":1.10,"huge":1e29}""");

        Assert.That(details.State, Is.EqualTo(ConferenceState.Connected));
        Assert.That(details.AdditionalProperties["huge"], Is.EqualTo(new RawJson("1E+29")));
    }

    [Test]
    public void Null_enum_values_and_enum_keys_read_the_same_in_both_serializers()
    {
        const string json = """{"states":["held",null],"byState":{"held":1,"parked":2}}""";

        var newtonsoft = JsonConvert.DeserializeObject<KeyedHolder>(json)!;
        var systemTextJson = System.Text.Json.JsonSerializer.Deserialize<KeyedHolder>(json, WebDefaults)!;

        foreach (var holder in new[] { newtonsoft, systemTextJson })
        {
            Assert.That(holder.States, Is.EqualTo(new[] { ConferenceState.Held, default }));
            Assert.That(holder.ByState[(ConferenceState)"parked"], Is.EqualTo(2));
        }

        Assert.That(JToken.DeepEquals(JToken.Parse(System.Text.Json.JsonSerializer.Serialize(systemTextJson, WebDefaults)), JToken.Parse(json)), Is.True);
    }

    [Test]
    public void Unknown_fields_behave_as_a_dictionary_of_the_values_given()
    {
        var fields = new ConferenceDetails().AdditionalProperties;

        Assert.That(fields.Keys.IsReadOnly, Is.True);
        fields.Add("note", "text");

        Assert.That(fields.Contains(new System.Collections.Generic.KeyValuePair<string, object>("note", "text")), Is.True);
        Assert.That(fields.Remove(new System.Collections.Generic.KeyValuePair<string, object>("note", "text")), Is.True);
        Assert.That(fields, Is.Empty);
    }

    [Test]
    public void System_Text_Json_leaves_out_an_unset_required_field_as_Newtonsoft_Json_does()
    {
        var unset = new ParticipantRequest();

        Assert.That(System.Text.Json.JsonSerializer.Serialize(unset, WebDefaults), Is.EqualTo("{}"));
        Assert.That(JsonConvert.SerializeObject(unset), Is.EqualTo("{}"));
    }

    [Test]
    public void Raw_json_refuses_text_that_is_not_one_json_value() =>
        Assert.Throws<System.ArgumentException>(() => _ = new RawJson("{\"a\":"));

    [Test]
    public async Task Fields_the_spec_marks_required_may_be_missing_or_null()
    {
        var details = await DetailsFrom("""{"state":"connected","created":null,"participants":[{},{"callId":null,"muted":true}]}""");

        Assert.That(details.Participants, Has.Count.EqualTo(2));
        Assert.That(details.Participants!.Select(p => p.CallId), Is.All.Null);
        Assert.That(details.Created, Is.Null);
    }

    [Test]
    public async Task Explicit_nulls_in_enum_fields_read_as_absent()
    {
        var details = await DetailsFrom("""{"state":null,"type":null}""");

        Assert.That(details.State, Is.Null);
        Assert.That(details.Type, Is.Null);
        Assert.That(details.AdditionalProperties, Is.Empty);
    }

    [Test]
    public async Task Created_keeps_its_offset()
    {
        var details = await DetailsFrom("""{"state":"connected","created":"2023-03-02T17:00:00.000+02:00"}""");

        Assert.That(details.Created!.Value.Offset, Is.EqualTo(System.TimeSpan.FromHours(2)));
        Assert.That(details.Created.Value.UtcDateTime, Is.EqualTo(new System.DateTime(2023, 3, 2, 15, 0, 0, System.DateTimeKind.Utc)));
    }

    [TestCase("2023-03-02T15:00:00Z")]
    [TestCase("2023-03-02T15:00:00.1234567Z")]
    [TestCase("2023-03-02T16:00:00+01:00")]
    [TestCase("2023-03-02 15:00:00Z")]
    [TestCase("03/02/2023 15:00:00 +00:00")]
    public async Task Created_reads_iso_dates_and_what_else_newtonsoft_json_accepts(string created)
    {
        var details = await DetailsFrom($$"""{"state":"connected","created":"{{created}}"}""");

        Assert.That(details.Created!.Value.UtcDateTime.AddTicks(-(details.Created.Value.UtcDateTime.Ticks % System.TimeSpan.TicksPerSecond)),
            Is.EqualTo(new System.DateTime(2023, 3, 2, 15, 0, 0, System.DateTimeKind.Utc)));
    }

    [Test]
    public async Task An_empty_created_reads_as_absent()
    {
        var details = await DetailsFrom("""{"state":"connected","created":""}""");

        Assert.That(details.Created, Is.Null);
    }

    private async Task<ConferenceDetails> DetailsFrom(string json)
    {
        Answer(ConferencePath, "GET", Json(200, json));
        return await CreateClient().GetConferenceDetailsAsync();
    }

    private sealed class KeyedHolder
    {
        [JsonProperty("states")]
        [System.Text.Json.Serialization.JsonPropertyName("states")]
        public List<ConferenceState> States { get; set; } = [];

        [JsonProperty("byState")]
        [System.Text.Json.Serialization.JsonPropertyName("byState")]
        public Dictionary<ConferenceState, int> ByState { get; set; } = [];
    }

    // The generated enums in shapes the spec does not have yet: a list, a dictionary, a nested object.
    private sealed class EnumHolder
    {
        [JsonProperty("states")]
        [System.Text.Json.Serialization.JsonPropertyName("states")]
        public List<ConferenceState> States { get; set; } = [];

        [JsonProperty("byParticipant")]
        [System.Text.Json.Serialization.JsonPropertyName("byParticipant")]
        public Dictionary<string, ConferenceType> ByParticipant { get; set; } = [];

        [JsonProperty("inner")]
        [System.Text.Json.Serialization.JsonPropertyName("inner")]
        public ConferenceDetails? Inner { get; set; }
    }
}
