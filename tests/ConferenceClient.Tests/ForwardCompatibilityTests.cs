using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

public class ForwardCompatibilityTests : ConferenceServerTest
{
    [TestCase("connected", ConferenceState.Connected)]
    [TestCase("held", ConferenceState.Held)]
    [TestCase("disconnected", ConferenceState.Disconnected)]
    public async Task Every_documented_state_is_read(string wire, ConferenceState expected)
    {
        var details = await DetailsFrom($$"""{"state":"{{wire}}"}""");

        Assert.That(details.State, Is.EqualTo(expected));
        Assert.That(details.AdditionalProperties, Is.Empty);
        Assert.That(JObject.Parse(JsonConvert.SerializeObject(details))["state"]!.Value<string>(), Is.EqualTo(wire));
    }

    [TestCase("bargeIn", ConferenceType.BargeIn)]
    [TestCase("silentMonitoring", ConferenceType.SilentMonitoring)]
    [TestCase("coaching", ConferenceType.Coaching)]
    public async Task Every_documented_type_is_read(string wire, ConferenceType expected)
    {
        var details = await DetailsFrom($$"""{"state":"connected","type":"{{wire}}"}""");

        Assert.That(details.Type, Is.EqualTo(expected));
        Assert.That(JObject.Parse(JsonConvert.SerializeObject(details))["type"]!.Value<string>(), Is.EqualTo(wire));
    }

    [Test]
    public async Task An_unknown_state_reads_as_unknown_keeps_its_raw_value_and_is_still_a_conference()
    {
        var details = await DetailsFrom("""{"state":"parked","muted":false}""");

        Assert.Multiple(() =>
        {
            Assert.That(details.State, Is.EqualTo(ConferenceState.Unknown));
            Assert.That(details.State, Is.Not.AnyOf(ConferenceState.Connected, ConferenceState.Held, ConferenceState.Disconnected));
            Assert.That(details.AdditionalProperties["state"]!.ToString(), Is.EqualTo("parked"));
            Assert.That(details.StateRawValue, Is.EqualTo("parked"));
            Assert.That(details.HasConference, Is.True);
        });
    }

    [Test]
    public async Task An_unknown_type_reads_as_unknown_and_keeps_its_raw_value()
    {
        var details = await DetailsFrom("""{"state":"connected","type":"whisper"}""");

        Assert.That(details.Type, Is.EqualTo(ConferenceType.Unknown));
        Assert.That(details.AdditionalProperties["type"]!.ToString(), Is.EqualTo("whisper"));
    }

    [TestCase("""{"state":"parked","type":"whisper","muted":true}""")]
    [TestCase("""{"state":7,"type":{"mode":"whisper","level":2}}""")]
    [TestCase("""{"state":"connected","type":"bargeIn2","participants":[{"callId":"c1","muted":false,"deafened":false}]}""")]
    public async Task Unknown_enum_values_are_written_back_unchanged_with_default_settings(string json)
    {
        var details = await DetailsFrom(json);

        var written = JsonConvert.SerializeObject(details);

        Assert.That(JToken.DeepEquals(JToken.Parse(written), JToken.Parse(json)), Is.True, written);
    }

    [Test]
    public async Task The_raw_value_reads_as_sent_for_known_unknown_and_absent_values()
    {
        var unknown = await DetailsFrom("""{"state":"parked","type":{"mode":"whisper"}}""");
        var known = await DetailsFrom("""{"state":"held"}""");

        Assert.Multiple(() =>
        {
            Assert.That(unknown.StateRawValue, Is.EqualTo("parked"));
            Assert.That(unknown.TypeRawValue, Is.EqualTo("""{"mode":"whisper"}"""));
            Assert.That(known.StateRawValue, Is.EqualTo("held"));
            Assert.That(known.TypeRawValue, Is.Null);
        });
    }

    [Test]
    public async Task Setting_a_documented_value_over_an_unknown_one_writes_only_the_new_value()
    {
        var details = await DetailsFrom("""{"state":"parked"}""");

        details.State = ConferenceState.Held;
        var written = JsonConvert.SerializeObject(details);

        Assert.That(written, Is.EqualTo("""{"state":"held"}"""));
        Assert.That(details.StateRawValue, Is.EqualTo("held"));
    }

    [Test]
    public async Task Unknown_fields_are_kept_at_top_level_and_in_participants_and_written_back()
    {
        const string json = """
            {"state":"connected","recording":{"on":true,"since":"2024-05-01T10:00:00.000Z"},"score":1.10,
             "participants":[{"callId":"c1","muted":false,"deafened":false,"role":"agent","media":{"codec":"opus"}}]}
            """;
        var details = await DetailsFrom(json);

        var written = JsonConvert.SerializeObject(details);

        Assert.Multiple(() =>
        {
            Assert.That(details.AdditionalProperties.Keys, Is.EquivalentTo(new[] { "recording", "score" }));
            Assert.That(details.Participants!.Single().AdditionalProperties.Keys, Is.EquivalentTo(new[] { "role", "media" }));
            Assert.That(JToken.DeepEquals(JToken.Parse(written), JToken.Parse(json)), Is.True, written);
            Assert.That(written, Does.Contain("\"score\":1.10").And.Contain("\"since\":\"2024-05-01T10:00:00.000Z\""));
        });
    }

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
}
