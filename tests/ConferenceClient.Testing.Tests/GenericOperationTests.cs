using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Webex.Calling.Conference.Testing.Tests;

/// <summary>
/// What a maintainer meets when Webex adds an operation: with only the spec changed, the simulator
/// routes it, checks it against every constraint its schema carries, journals it and answers its success
/// status (for a GET, the smallest answer its schema allows), with no behaviour written for it.
/// </summary>
public class GenericOperationTests : SimulatorTest
{
    // Two operations this spec does not have, in the spec's own words: a POST with a constrained body,
    // a GET with a constrained query and a required answer.
    private const string NewOperations = """
          /telephony/conference/frobnicate:
            post:
              operationId: Frobnicate
              x-idempotent: true
              summary: Frobnicate the conference
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [note]
                      properties:
                        note: {type: string, minLength: 2, maxLength: 5}
                        code: {type: string, pattern: '^[a-z]+$'}
                        level: {type: integer, minimum: 1, maximum: 3}
                        tags: {type: array, maxItems: 2, uniqueItems: true, items: {type: string, enum: [red, GREEN_ISH]}}
              responses:
                '204':
                  description: Done.
                '400':
                  description: Bad request.
          /telephony/conference/combine:
            post:
              operationId: Combine
              x-idempotent: true
              summary: A body made of two parts
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      allOf:
                        - {type: object, properties: {a: {type: string}}}
                        - {type: object, required: [b], properties: {b: {type: integer}}}
              responses:
                '204':
                  description: Done.
          /telephony/conference/gadgets:
            get:
              operationId: GetGadgets
              x-idempotent: true
              summary: List the gadgets
              parameters:
                - name: limit
                  in: query
                  schema: {type: integer, minimum: 1}
              responses:
                '200':
                  description: The gadgets.
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [count, kind]
                        properties:
                          count: {type: integer, minimum: 0}
                          kind: {type: string, enum: [FIRST_KIND, second]}
                          items: {type: array, items: {type: string}}

        """;

    // Read once: every test serves the same changed spec.
    private static readonly System.Lazy<ApiSpec> Changed = new(() => ApiSpec.Load(Encoding.UTF8.GetBytes(ChangedSpec())));

    protected override ConferenceSimulatorOptions Options() => new() { Spec = Changed.Value };

    [Test]
    public async Task A_new_operation_is_served_with_its_success_status_and_journaled_by_its_operation_id()
    {
        using var done = await Frobnicate("""{"note":"hi","code":"abc","level":2,"tags":["red","GREEN_ISH"]}""");
        using var gadgets = await Http.GetAsync("telephony/conference/gadgets?limit=3");

        var requests = Simulator.Requests;
        Assert.Multiple(async () =>
        {
            Assert.That((int)done.StatusCode, Is.EqualTo(204));
            Assert.That((int)gadgets.StatusCode, Is.EqualTo(200));
            Assert.That(await gadgets.Content.ReadAsStringAsync(), Is.EqualTo("""{"count":0,"kind":"FIRST_KIND"}"""));
            Assert.That(requests.Select(r => r.OperationId), Is.EqualTo(new[] { "Frobnicate", "GetGadgets" }));
            Assert.That(requests.Select(r => r.Operation), Is.All.Null, "no behaviour of the simulator's own");
            Assert.That(requests[0].ToString(), Does.Contain("-> 204 (Frobnicate,"));
        });
    }

    [TestCase("""{"note":"😀😀😀😀😀"}""", null, TestName = "Five code points are five, though ten UTF-16 units")]
    [TestCase("""{"note":"😀😀😀😀😀😀"}""", "note must be at most 5 characters long; it is 6.")]
    [TestCase("""{"note":"a"}""", "note must be at least 2 characters long; it is 1.")]
    [TestCase("""{"note":"  "}""", "note cannot be empty or blank.")]
    [TestCase("""{}""", "note is required.")]
    [TestCase("""{"note":"hi","code":"ABC"}""", "code does not match the pattern ^[a-z]+$.")]
    [TestCase("""{"note":"hi","code":"x-abc"}""", "code does not match the pattern ^[a-z]+$.")]
    [TestCase("""{"note":"hi","level":0}""", "level must be at least 1.")]
    [TestCase("""{"note":"hi","level":4}""", "level must be at most 3.")]
    [TestCase("""{"note":"hi","level":1.5}""", "level must be an integer.")]
    [TestCase("""{"note":"hi","level":"2"}""", "level must be an integer.")]
    [TestCase("""{"note":"hi","tags":["red","red"]}""", "tags holds the same item twice.")]
    [TestCase("""{"note":"hi","tags":["red","GREEN_ISH","red"]}""", "tags takes at most 2 items; 3 given.")]
    [TestCase("""{"note":"hi","tags":["blue"]}""", "tags[0] must be one of \"red\", \"GREEN_ISH\".")]
    [TestCase("""{"note":"hi","colour":"red"}""", "colour is not a field of this request.")]
    public async Task Each_constraint_of_a_new_operation_is_checked_from_the_spec(string body, string? problem)
    {
        using var response = await Frobnicate(body);

        var text = await response.Content.ReadAsStringAsync();
        if (problem is null)
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(204), text);
            return;
        }

        Assert.That((int)response.StatusCode, Is.EqualTo(400), text);
        Assert.That(JsonNode.Parse(text)!["message"]!.GetValue<string>(), Is.EqualTo(problem));
    }

    [TestCase("""{"a":"x","b":1}""", null)]
    [TestCase("""{"a":"x"}""", "b is required.")]
    [TestCase("""{"a":1,"b":1}""", "a must be a string.")]
    [TestCase("""{"a":"x","b":1,"c":true}""", "c is not a field of this request.")]
    public async Task A_body_of_allOf_parts_takes_the_fields_of_every_part_and_no_other(string body, string? problem)
    {
        using var response = await Post("telephony/conference/combine", body);

        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(problem is null ? 204 : 400), text);
        if (problem is not null)
        {
            Assert.That(JsonNode.Parse(text)!["message"]!.GetValue<string>(), Is.EqualTo(problem));
        }
    }

    [TestCase("limit=0", "limit must be at least 1.")]
    [TestCase("limit=many", "limit must be an integer.")]
    [TestCase("limit=1&offset=2", "offset is not a query parameter of GetGadgets.")]
    public async Task A_new_operations_query_is_checked_from_the_spec(string query, string problem)
    {
        using var response = await Http.GetAsync("telephony/conference/gadgets?" + query);

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["message"]!.GetValue<string>(), Is.EqualTo(problem));
    }

    [Test]
    public async Task Faults_for_any_operation_spoil_a_new_one_and_faults_for_another_leave_it_alone()
    {
        Simulator.InjectFault(SimulatedFault.GatewayError(503), operation: SimulatedOperation.Mute);
        Simulator.InjectFault(SimulatedFault.GatewayError(502));

        using var spoiled = await Frobnicate("""{"note":"hi"}""");
        using var served = await Frobnicate("""{"note":"hi"}""");

        Assert.Multiple(() =>
        {
            Assert.That((int)spoiled.StatusCode, Is.EqualTo(502));
            Assert.That((int)served.StatusCode, Is.EqualTo(204));
            Assert.That(Simulator.PendingFaults.Single().Operation, Is.EqualTo("Mute"));
        });
    }

    [Test]
    public async Task A_fault_for_a_new_operation_named_as_the_spec_names_it_spoils_that_operation_alone()
    {
        Simulator.InjectFaultFor("Frobnicate", SimulatedFault.GatewayError(503));

        using var other = await Http.GetAsync("telephony/conference/gadgets?limit=1");
        using var spoiled = await Frobnicate("""{"note":"hi"}""");
        using var served = await Frobnicate("""{"note":"hi"}""");

        Assert.Multiple(() =>
        {
            Assert.That((int)other.StatusCode, Is.EqualTo(200));
            Assert.That((int)spoiled.StatusCode, Is.EqualTo(503));
            Assert.That((int)served.StatusCode, Is.EqualTo(204));
            Assert.That(Simulator.PendingFaults, Is.Empty);
        });
    }

    [Test]
    public async Task The_control_api_names_a_new_operation_in_camel_case()
    {
        using var injected = await Http.PostAsync(
            new Uri(Simulator.BaseAddress, "/_simulator/faults"),
            new StringContent("""{"fault":"gatewayError","status":502,"operation":"frobnicate"}""", Encoding.UTF8, "application/json"));
        var description = JsonNode.Parse(await injected.Content.ReadAsStringAsync())!["description"]!.GetValue<string>();
        using var spoiled = await Frobnicate("""{"note":"hi"}""");

        Assert.Multiple(() =>
        {
            Assert.That((int)injected.StatusCode, Is.EqualTo(201));
            Assert.That(description, Is.EqualTo("GatewayError(502) on Frobnicate"));
            Assert.That((int)spoiled.StatusCode, Is.EqualTo(502));
        });
    }

    [Test]
    public async Task Drift_faults_for_a_new_operation_named_as_the_spec_names_it_drop_a_required_field_and_change_an_enum()
    {
        Simulator.InjectFaultFor("GetGadgets", SimulatedFault.MissingField("count"));
        Simulator.InjectFaultFor("GetGadgets", SimulatedFault.UnknownEnumValue("kind", "third"));

        var answers = new[] { await Gadgets(), await Gadgets(), await Gadgets() };

        Assert.That(answers, Is.EqualTo(new[] { """{"kind":"FIRST_KIND"}""", """{"count":0,"kind":"third"}""", """{"count":0,"kind":"FIRST_KIND"}""" }));
    }

    [Test]
    public void A_drift_fault_for_a_new_operation_is_checked_against_that_operations_answer()
    {
        var documented = Assert.Throws<ArgumentException>(() => Simulator.InjectFaultFor("Frobnicate", SimulatedFault.UndocumentedStatus(400)));
        var notAnEnum = Assert.Throws<ArgumentException>(() => Simulator.InjectFaultFor("GetGadgets", SimulatedFault.UnknownEnumValue("count", "many")));

        Assert.That(documented!.Message, Does.StartWith("UndocumentedStatus(400) fits no answer of Frobnicate: the spec documents 400."));
        Assert.That(notAnEnum!.Message, Does.StartWith("UnknownEnumValue(count, \"many\") fits no answer of GetGadgets: count is not an enum."));
        Assert.That(Simulator.PendingFaults, Is.Empty);
    }

    [Test]
    public void A_fault_for_a_name_the_spec_does_not_have_is_refused_naming_the_ones_it_has()
    {
        var refused = Assert.Throws<ArgumentException>(() => Simulator.InjectFaultFor("FrobnicateForMember", SimulatedFault.Locked()));

        Assert.That(refused!.Message, Does.StartWith("FrobnicateForMember is not an operation of the spec; it has ").And.Contain("Frobnicate, ").And.Contain("GetGadgets"));
        Assert.That(Simulator.PendingFaults, Is.Empty);
    }

    // The spec the kit embeds, with the two operations added at the top of its paths.
    private static string ChangedSpec()
    {
        using var resource = typeof(ConferenceSimulator).Assembly.GetManifestResourceStream("conference-controls.yaml")!;
        var spec = new StreamReader(resource).ReadToEnd().ReplaceLineEndings("\n");
        return spec.Replace("\npaths:\n", "\npaths:\n" + NewOperations.ReplaceLineEndings("\n"), System.StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> Frobnicate(string body) => Post("telephony/conference/frobnicate", body);

    private async Task<string> Gadgets()
    {
        using var response = await Http.GetAsync("telephony/conference/gadgets");
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        return await response.Content.ReadAsStringAsync();
    }
}
