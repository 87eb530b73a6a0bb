using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NUnit.Framework;
using Webex.Calling.Conference.Testing;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

/// <summary>
/// Drift at run time: where the simulator (with the kit's drift faults) or a raw server answers beyond the
/// spec, the client returns the answer and reports each distinct drift once per client, as a Warning with
/// event ConferenceDrift, one count of webex.conference.drift with its tags, and ObservedDrift.
/// </summary>
public class DriftReportTests : ConferenceServerTest
{
    private const string DriftCounter = "webex.conference.drift";
    private const string DriftEvent = "ConferenceDrift";

    private CapturingLoggerProvider _logs = null!;
    private ILoggerFactory _loggerFactory = null!;
    private MeasurementRecorder _measurements = null!;
    private ConferenceSimulator _webex = null!;

    [SetUp]
    public void Observe()
    {
        _logs = new CapturingLoggerProvider();
        _loggerFactory = _logs.CreateFactory();
        _measurements = new MeasurementRecorder();
        _webex = ConferenceSimulator.Start();
        _webex.AddCall("caller");
        _webex.AddCall("agent");
    }

    [TearDown]
    public void StopObserving()
    {
        _webex.Dispose();
        _measurements.Dispose();
        _loggerFactory.Dispose();
        _logs.Dispose();
    }

    private static IEnumerable<TestCaseData> DriftKinds()
    {
        yield return new TestCaseData(SimulatedFault.ExtraField("participants[].role", "moderator"), ConferenceDriftKind.UnknownField, "unknown_field", "participants[].role")
            .SetName("An unknown field in each participant is one drift");
        yield return new TestCaseData(SimulatedFault.ExtraField("recording", new System.Text.Json.Nodes.JsonObject { ["state"] = "on" }), ConferenceDriftKind.UnknownField, "unknown_field", "recording")
            .SetName("An unknown field at the top is one drift, its content not walked");
        yield return new TestCaseData(SimulatedFault.UnknownEnumValue("state", "unlisted-state"), ConferenceDriftKind.UnknownEnumValue, "unknown_enum_value", "ConferenceState.unlisted-state")
            .SetName("An enum value the spec does not list is one drift named by its schema");
        yield return new TestCaseData(SimulatedFault.MissingField("participants[].callId"), ConferenceDriftKind.MissingField, "missing_field", "participants[].callId")
            .SetName("A required field left out of each participant is one drift");
        yield return new TestCaseData(SimulatedFault.UndocumentedStatus(202), ConferenceDriftKind.UndocumentedStatus, "undocumented_status", "202")
            .SetName("A success status the operation does not list is one drift");
    }

    [TestCaseSource(nameof(DriftKinds))]
    public async Task Drift_is_reported_once_as_a_warning_a_count_and_an_observation(SimulatedFault fault, ConferenceDriftKind kind, string kindTag, string subject)
    {
        var client = SimulatorClient();
        await client.StartConferenceAsync(["caller", "agent"]);
        _webex.InjectFaultFor("GetConferenceDetails", fault, times: 3);

        for (var call = 0; call < 3; call++)
        {
            var details = await client.GetConferenceDetailsAsync();
            Assert.That(details.Participants, Has.Count.EqualTo(2), "the answer is still returned");
        }

        Assert.That(client.ObservedDrift.Select(d => (d.Operation, d.Kind, d.Subject)), Is.EqualTo(new[] { ("GetConferenceDetails", kind, subject) }));
        var warning = _logs.Lines.Single(l => l.EventId.Name == DriftEvent);
        Assert.That(warning.Level, Is.EqualTo(LogLevel.Warning));
        Assert.That(warning.EventId.Id, Is.EqualTo(6));
        Assert.That(warning.Message, Does.StartWith($"GetConferenceDetails: Webex answered with {kindTag} {subject}, which the client's spec does not describe"));
        var count = _measurements.Of(DriftCounter).Single();
        Assert.That(count.Value, Is.EqualTo(1));
        Assert.That(count.Unit, Is.EqualTo("{drift}"));
        Assert.That(count.Tags, Is.EquivalentTo(new Dictionary<string, string?>
        {
            ["webex.operation"] = "GetConferenceDetails",
            ["webex.drift.kind"] = kindTag,
            ["webex.drift.subject"] = subject,
        }));
    }

    [Test]
    public async Task The_answer_keeps_what_drifted_as_received()
    {
        var client = SimulatorClient();
        await client.StartConferenceAsync(["caller", "agent"]);
        _webex.InjectFaultFor("GetConferenceDetails", SimulatedFault.ExtraField("participants[].role", "moderator"));
        _webex.InjectFaultFor("GetConferenceDetails", SimulatedFault.UnknownEnumValue("state", "unlisted-state"));

        var withRole = await client.GetConferenceDetailsAsync();
        var withState = await client.GetConferenceDetailsAsync();

        Assert.That(withRole.Participants!.Select(p => p.AdditionalProperties["role"].ToString()), Is.All.EqualTo("\"moderator\""));
        Assert.That(withState.State.ToString(), Is.EqualTo("unlisted-state"));
        Assert.That(client.ObservedDrift.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "GetConferenceDetails unknown_field participants[].role",
            "GetConferenceDetails unknown_enum_value ConferenceState.unlisted-state",
        }));
    }

    [Test]
    public async Task Conforming_answers_of_a_whole_conference_report_nothing()
    {
        var client = SimulatorClient();

        await client.GetConferenceDetailsAsync();
        await client.StartConferenceAsync(["caller", "agent"]);
        await client.MuteAsync("caller");
        await client.DeafenParticipantAsync("agent");
        await client.HoldAsync();
        await client.ResumeAsync();
        await client.GetConferenceDetailsAsync();
        await client.ForMe().GetConferenceDetailsAsync();
        await Assert.ThatAsync(() => client.AddParticipantAsync("stranger"), Throws.InstanceOf<ConferenceApiException>(), "a documented 404 is no drift");
        await client.ReleaseConferenceAsync();

        Assert.That(client.ObservedDrift, Is.Empty);
        Assert.That(_logs.Lines.Where(l => l.Level >= LogLevel.Warning), Is.Empty);
        Assert.That(_measurements.Of(DriftCounter), Is.Empty);
    }

    [Test]
    public async Task An_error_status_the_operation_does_not_list_is_drift_and_still_the_error()
    {
        var client = SimulatorClient();
        await client.StartConferenceAsync(["caller", "agent"]);
        _webex.InjectFaultFor("Hold", SimulatedFault.UndocumentedStatus(418), times: 2);

        var error = await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync());
        await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync());

        Assert.That(error!.StatusCode, Is.EqualTo(418));
        Assert.That(client.ObservedDrift.Select(d => d.ToString()), Is.EqualTo(new[] { "Hold undocumented_status 418" }));
        Assert.That(_measurements.Of(DriftCounter).Single().Tags["webex.drift.subject"], Is.EqualTo("418"));
    }

    [Test]
    public async Task Each_distinct_drift_is_reported_once_per_client_and_views_of_a_client_share_it()
    {
        var first = SimulatorClient();
        var second = SimulatorClient();
        await first.StartConferenceAsync(["caller", "agent"]);
        _webex.InjectFaultFor("GetConferenceDetails", SimulatedFault.ExtraField(), times: 5);

        await first.GetConferenceDetailsAsync();
        await first.WithLineOwner(null).GetConferenceDetailsAsync();
        await second.GetConferenceDetailsAsync();
        await second.GetConferenceDetailsAsync();
        await first.ForMe().GetConferenceDetailsAsync();

        Assert.That(first.ObservedDrift.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "GetConferenceDetails unknown_field undocumentedField",
            "GetConferenceDetailsForMe unknown_field undocumentedField",
        }), "the operation is part of what makes a drift distinct");
        Assert.That(first.WithLineOwner("owner").ObservedDrift, Has.Count.EqualTo(2), "a view shares its client's report");
        Assert.That(second.ObservedDrift.Select(d => d.ToString()), Is.EqualTo(new[] { "GetConferenceDetails unknown_field undocumentedField" }));
        Assert.That(_logs.Lines.Count(l => l.EventId.Name == DriftEvent), Is.EqualTo(3));
        Assert.That(_measurements.Of(DriftCounter), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Every_client_a_registration_resolves_shares_one_report()
    {
        var services = new ServiceCollection().AddSingleton(_loggerFactory);
        services.AddConferenceControlsClient(o => (o.AccessToken, o.BaseAddress) = (_webex.AccessToken, _webex.BaseAddress));
        services.AddKeyedConferenceControlsClient("tenant-b", o => (o.AccessToken, o.BaseAddress) = (_webex.AccessToken, _webex.BaseAddress));
        await using var provider = services.BuildServiceProvider();
        _webex.InjectFaultFor("GetConferenceDetails", SimulatedFault.ExtraField(), times: 3);

        await provider.GetRequiredService<IConferenceControlsClient>().GetConferenceDetailsAsync();
        await provider.GetRequiredService<IConferenceControlsClient>().GetConferenceDetailsAsync();
        await provider.GetRequiredKeyedService<IConferenceControlsClient>("tenant-b").GetConferenceDetailsAsync();

        var resolved = provider.GetRequiredService<IConferenceControlsClient>();
        Assert.That(resolved.ObservedDrift.Select(d => d.ToString()), Is.EqualTo(new[] { "GetConferenceDetails unknown_field undocumentedField" }));
        Assert.That(provider.GetRequiredKeyedService<IConferenceControlsClient>("tenant-b").ObservedDrift, Has.Count.EqualTo(1));
        var warnings = _logs.Lines.Where(l => l.EventId.Name == DriftEvent).ToList();
        Assert.That(warnings.Select(l => l.Category), Is.EqualTo(new[] { "Webex.Calling.Conference", "Webex.Calling.Conference.tenant-b" }),
            "once for the unkeyed registration, once for the keyed one, each in its own category");
    }

    [Test]
    public async Task No_value_id_or_token_reaches_a_report()
    {
        var token = _webex.AccessToken;
        var client = SimulatorClient();
        await client.StartConferenceAsync(["caller", "agent"]);
        _webex.InjectFaultFor("GetConferenceDetails", SimulatedFault.ExtraField("participants[].note", "secret-value-" + token));
        _webex.InjectFaultFor("GetConferenceDetails", SimulatedFault.UnknownEnumValue("state", token));
        _webex.InjectFaultFor("GetConferenceDetails", SimulatedFault.UnknownEnumValue("state", "Y2lzY29zcGFyazovL3VzL0NBTEwvY2FsbC0xMjM0NTY3ODk"));
        _webex.InjectFaultFor("GetConferenceDetails", SimulatedFault.ExtraField("bell\u0007name", 1));
        _webex.InjectFaultFor("GetConferenceDetails", SimulatedFault.ExtraField("field_" + new string('x', 40), 1));
        _webex.InjectFaultFor("GetConferenceDetails", SimulatedFault.UnknownEnumValue("state", "held-2026-12-03"));
        _webex.InjectFaultFor("GetConferenceDetails", SimulatedFault.ExtraField("codec2", 1));
        _webex.InjectFaultFor("GetConferenceDetails", SimulatedFault.ExtraField("participants[].c0ffee00c0ffee00", 1));

        for (var call = 0; call < 8; call++)
        {
            await client.GetConferenceDetailsAsync();
        }

        Assert.That(client.ObservedDrift.Select(d => d.Subject), Is.EqualTo(new[]
        {
            "participants[].note", "ConferenceState.(unreadable)", "(unreadable)", "ConferenceState.held-2026-12-03", "codec2", "participants[].(unreadable)",
        }), "a token, an ID, a control character, a 46-character name and 16 characters with digits are not repeated (the same subject is one drift); shorter words with digits are");
        var reported = string.Join("\n", _logs.Lines.Where(l => l.EventId.Name == DriftEvent).Select(l => l.Message).Concat(_measurements.Of(DriftCounter).SelectMany(m => m.Tags.Values))
            .Concat(client.ObservedDrift.Select(d => d.ToString())));
        foreach (var secret in new[] { token, "secret-value", "Y2lzY29zcGFy", "\u0007", "caller", "c0ffee" })
        {
            // Ordinal: a culture's comparison ignores a control character, and would find it anywhere.
            Assert.That(reported.Contains(secret, StringComparison.Ordinal), Is.False, $"{secret} in {reported}");
        }
    }

    [Test]
    public async Task A_required_field_sent_as_null_is_there_and_one_left_out_is_missing()
    {
        Server.RespondInSequence(At(ConferencePath, "GET"),
            Json(200, """{"state":"connected","participants":[{"callId":null,"muted":false}]}"""),
            Json(200, """{"state":"connected","participants":[{"callId":"c1"},{"muted":true}]}"""));
        var client = CreateClient(o => o.LoggerFactory = _loggerFactory);

        var withNull = await client.GetConferenceDetailsAsync();
        Assert.That(client.ObservedDrift, Is.Empty, "callId is nullable: a null is what the spec allows");
        var withoutOne = await client.GetConferenceDetailsAsync();

        Assert.That(withNull.Participants!.Single().CallId, Is.Null);
        Assert.That(withoutOne.Participants!.Select(p => p.CallId), Is.EqualTo(new[] { "c1", null }));
        Assert.That(client.ObservedDrift.Select(d => d.ToString()), Is.EqualTo(new[] { "GetConferenceDetails missing_field participants[].callId" }));
        Assert.That(Newtonsoft.Json.JsonConvert.SerializeObject(withoutOne), Is.EqualTo("""{"state":"connected","participants":[{"callId":"c1"},{"muted":true}]}"""),
            "written back as it came: a field left out stays out");
    }

    [Test]
    public async Task An_enum_value_that_is_not_a_string_is_named_unreadable()
    {
        Answer(ConferencePath, "GET", Json(200, """{"state":7,"type":{"kind":"new"}}"""));
        var client = CreateClient();

        var details = await client.GetConferenceDetailsAsync();

        Assert.That(details.State.ToString(), Is.EqualTo("7"));
        Assert.That(client.ObservedDrift.Select(d => d.Subject), Is.EqualTo(new[] { "ConferenceState.(unreadable)", "ConferenceType.(unreadable)" }));
    }

    [Test]
    public async Task A_server_that_invents_names_is_reported_up_to_the_limit_then_once_more_that_reporting_stopped()
    {
        string Answer(int from) => "{" + string.Join(",", Enumerable.Range(from, 80).Select(i => $"\"field{i}\":{i}")) + "}";
        Server.RespondInSequence(At(ConferencePath, "GET"), Json(200, Answer(0)), Json(200, Answer(1000)), Json(200, Answer(2000)));
        var client = CreateClient(o => o.LoggerFactory = _loggerFactory);

        for (var call = 0; call < 3; call++)
        {
            var details = await client.GetConferenceDetailsAsync();
            Assert.That(details.AdditionalProperties, Has.Count.EqualTo(80), "every field is still kept");
        }

        Assert.That(client.ObservedDrift, Has.Count.EqualTo(100), "64 of each answer, to 100 in all");
        Assert.That(client.ObservedDrift.Take(64).Select(d => d.Subject), Is.EqualTo(Enumerable.Range(0, 64).Select(i => $"field{i}")));
        Assert.That(_measurements.Of(DriftCounter), Has.Count.EqualTo(100));
        Assert.That(_logs.Lines.Count(l => l.EventId.Name == DriftEvent), Is.EqualTo(100));
        var stopped = _logs.Lines.Single(l => l.EventId.Name == "ConferenceDriftLimit");
        Assert.That(stopped.Message, Does.StartWith("100 distinct drifts from the spec were reported: this client reports no more"));
    }

    [Test]
    public async Task A_client_on_the_callers_HttpClient_observes_drift_too()
    {
        Answer(ConferencePath, "GET", Json(200, """{"state":"connected","recording":true}"""));
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var client = new ConferenceControlsClient(http);

        await client.GetConferenceDetailsAsync();

        Assert.That(client.ObservedDrift.Select(d => d.ToString()), Is.EqualTo(new[] { "GetConferenceDetails unknown_field recording" }));
        Assert.That(_measurements.Of(DriftCounter).Single().Tags["webex.drift.subject"], Is.EqualTo("recording"));
    }

    private ConferenceControlsClient SimulatorClient() => new(new ConferenceClientOptions
    {
        AccessToken = _webex.AccessToken,
        BaseAddress = _webex.BaseAddress,
        LoggerFactory = _loggerFactory,
    });
}
