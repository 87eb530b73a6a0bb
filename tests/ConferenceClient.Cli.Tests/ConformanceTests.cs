using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli.Tests;

/// <summary>
/// <c>conformance</c> against the simulator, with each kind of drift injected through the kit: the
/// report names where the answer differs from the spec, and the exit code says whether it does.
/// </summary>
public class ConformanceTests : CliTest
{
    [SetUp]
    public Task StartAConference() => StartConferenceAsync("call-1", "call-2");

    [Test]
    public async Task A_conforming_api_exits_0_with_no_finding_and_only_reads()
    {
        var result = await RunAgainstSimulatorAsync("conformance");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.AllOutput);
        Assert.That(result.Stdout, Is.EqualTo("2 answers (GetConferenceDetails, GetConferenceDetailsForMe) conform to the spec.\n"));
        Assert.That(Simulator.Requests.Skip(1).Select(r => r.Operation), Is.EqualTo(new[] { SimulatedOperation.GetConferenceDetails, SimulatedOperation.GetConferenceDetails }));
        Assert.That(Simulator.Requests.Skip(1).Select(r => r.Path), Is.EqualTo(new[] { "/v1/telephony/conference", "/v1/telephony/conference/members/me/conference" }));
        Assert.That(Simulator.Requests.Skip(1).Select(r => r.SentTrackingId), Has.All.StartWith("WXCONF_"), "each read can be quoted to Webex support");
    }

    [Test]
    public async Task An_extra_field_exits_5_naming_its_path_but_not_its_value()
    {
        Simulator.InjectFaultFor("GetConferenceDetails", SimulatedFault.ExtraField("participants[].role", "moderator"));

        var result = await RunAgainstSimulatorAsync("conformance");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Drift), result.AllOutput);
        Assert.That(result.Stdout, Is.EqualTo(
            "GetConferenceDetails: unknown field participants[].role\n"
            + "2 answers (GetConferenceDetails, GetConferenceDetailsForMe): 1 difference from the spec.\n"));
        Assert.That(result.AllOutput, Does.Not.Contain("moderator").And.Not.Contain("call-1"));
    }

    [Test]
    public async Task An_unknown_enum_value_names_the_enum_the_value_and_the_field()
    {
        Simulator.InjectFaultFor("GetConferenceDetails", SimulatedFault.UnknownEnumValue("state", "unlisted-state"));

        var result = await RunAgainstSimulatorAsync("conformance");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Drift), result.AllOutput);
        Assert.That(result.Stdout, Does.StartWith("GetConferenceDetails: unknown enum value ConferenceState.unlisted-state at state\n"));
    }

    [TestCase(202)]
    [TestCase(418)]
    public async Task An_undocumented_status_is_named_not_refused(int status)
    {
        Simulator.InjectFaultFor("GetConferenceDetails", SimulatedFault.UndocumentedStatus(status));

        var result = await RunAgainstSimulatorAsync("conformance");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Drift), result.AllOutput);
        Assert.That(result.Stdout, Does.StartWith($"GetConferenceDetails: undocumented status {status}\n").And.Contain("1 difference"));
    }

    [Test]
    public async Task A_missing_required_field_is_named_once_for_all_participants()
    {
        Simulator.InjectFaultFor("GetConferenceDetails", SimulatedFault.MissingField("participants[].callId"));

        var result = await RunAgainstSimulatorAsync("conformance");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Drift), result.AllOutput);
        Assert.That(result.Stdout, Does.StartWith("GetConferenceDetails: missing field participants[].callId\n").And.Contain("1 difference"));
    }

    [Test]
    public async Task The_member_conference_is_read_when_member_is_given()
    {
        Simulator.InjectFaultFor("GetConferenceDetails", SimulatedFault.ExtraField(), times: 3);

        var result = await RunAgainstSimulatorAsync("conformance", "--member", "member-1");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Drift), result.AllOutput);
        Assert.That(result.Stdout.Split('\n').Where(l => l.Contains("unknown field undocumentedField")), Is.EqualTo(new[]
        {
            "GetConferenceDetails: unknown field undocumentedField",
            "GetConferenceDetailsForMe: unknown field undocumentedField",
            "GetConferenceDetailsForMember: unknown field undocumentedField",
        }));
        Assert.That(Simulator.Requests[^1].Path, Is.EqualTo("/v1/telephony/conference/members/member-1/conference"));
        Assert.That(result.Stdout, Does.Not.Contain("member-1"));
    }

    [Test]
    public async Task Json_gives_one_line_per_finding_and_a_summary()
    {
        Simulator.InjectFaultFor("GetConferenceDetails", SimulatedFault.ExtraField("participants[].role", "moderator"));
        Simulator.InjectFaultFor("GetConferenceDetails", SimulatedFault.UndocumentedStatus(202));

        var result = await RunAgainstSimulatorAsync("conformance", "--json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Drift), result.AllOutput);
        Assert.That(JsonLines.Of(result.Stdout).Select(l => l.ToJsonString()), Is.EqualTo(new[]
        {
            """{"operation":"GetConferenceDetails","kind":"unknownField","subject":"participants[].role"}""",
            """{"operation":"GetConferenceDetailsForMe","kind":"undocumentedStatus","subject":"202"}""",
            """{"summary":{"operations":["GetConferenceDetails","GetConferenceDetailsForMe"],"findings":2,"conforms":false}}""",
        }));
    }

    [Test]
    public async Task An_answer_without_a_tracking_id_or_of_the_wrong_type_is_reported()
    {
        const string Body = """{"appearance":"three","muted":false}""";
        using var server = new CapturingServer($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {Body.Length}\r\n\r\n{Body}");

        var result = await RunAsync(["conformance", "--base-url", server.BaseAddress.ToString(), "--token", "a-token"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Drift), result.AllOutput);
        Assert.That(result.Stdout, Does.StartWith(
            "GetConferenceDetails: no TrackingID header\n"
            + "GetConferenceDetails: wrong type at appearance: a string where the spec has an integer\n"));
        Assert.That(result.Stdout, Does.Not.Contain("three"));
    }

    [Test]
    public async Task A_field_name_from_the_network_is_printed_safe_for_a_terminal()
    {
        Simulator.InjectFaultFor("GetConferenceDetails", SimulatedFault.ExtraField("bell\u0007name", 1));

        var result = await RunAgainstSimulatorAsync("conformance");

        Assert.That(result.Stdout, Does.StartWith("GetConferenceDetails: unknown field bell\\u0007name\n"));
    }

    [Test]
    public async Task The_token_never_appears_even_verbose()
    {
        Simulator.InjectFaultFor("GetConferenceDetails", SimulatedFault.ExtraField());

        var text = await RunAgainstSimulatorAsync("conformance", "--verbose");
        var json = await RunAgainstSimulatorAsync("conformance", "--verbose", "--json");

        Assert.That(text.AllOutput + json.AllOutput, Does.Not.Contain(Simulator.AccessToken));
        Assert.That(text.Stderr, Does.Contain("GET /v1/telephony/conference"));
    }

    [Test]
    public async Task A_refusal_the_spec_lists_exits_3()
    {
        var result = await RunAsync(["conformance", "--base-url", Simulator.BaseAddress.ToString(), "--token", "not-the-token"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ApiError), result.AllOutput);
        Assert.That(result.Stderr, Does.Contain("401"));
        Assert.That(result.Stdout, Is.Empty);
    }

    [Test]
    public async Task An_option_it_takes_not_is_a_usage_error_before_anything_is_sent()
    {
        var before = Simulator.Requests.Count;

        var result = await RunAgainstSimulatorAsync("conformance", "--line-owner", "reception");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.Contain("conformance reads your own conference and, with --member, a member's, and with --calls A B plays a short conference of two calls there: it takes no --line-owner."));
        Assert.That(Simulator.Requests, Has.Count.EqualTo(before));
    }
}
