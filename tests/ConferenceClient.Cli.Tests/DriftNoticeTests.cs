using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli.Tests;

/// <summary>
/// An operation command whose answer holds what the spec does not describe still prints the answer, and
/// says on stderr what the library reported of it, once per drift, without the value.
/// </summary>
public class DriftNoticeTests : CliTest
{
    [SetUp]
    public Task StartAConference() => StartConferenceAsync("call-1", "call-2");

    [Test]
    public async Task Show_prints_the_answer_and_a_notice_per_drift()
    {
        Simulator.InjectFaultFor("GetConferenceDetails", SimulatedFault.ExtraField("participants[].role", "moderator"));

        var result = await RunAgainstSimulatorAsync("show");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.AllOutput);
        Assert.That(result.Stdout, Does.Contain("call-1"), "the conference is printed as ever");
        Assert.That(result.Stderr, Is.EqualTo(
            "GetConferenceDetails answered with unknown_field participants[].role, which this tool's spec does not describe; `webex-conference conformance` checks every answer.\n"));
        Assert.That(result.Stderr, Does.Not.Contain("moderator"));
    }

    [Test]
    public async Task With_json_the_notice_is_a_json_line_on_stderr()
    {
        Simulator.InjectFaultFor("GetConferenceDetails", SimulatedFault.UnknownEnumValue("state", "unlisted-state"));

        var result = await RunAgainstSimulatorAsync("show", "--json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.AllOutput);
        Assert.That(result.Stderr, Is.EqualTo(
            """{"notice":{"message":"GetConferenceDetails answered with unknown_enum_value ConferenceState.unlisted-state, which this tool's spec does not describe; `webex-conference conformance` checks every answer."}}""" + "\n"));
    }

    [Test]
    public async Task An_undocumented_error_status_is_noticed_before_the_failure()
    {
        Simulator.InjectFaultFor("Hold", SimulatedFault.UndocumentedStatus(418));

        var result = await RunAgainstSimulatorAsync("hold");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ApiError), result.AllOutput);
        var lines = result.Stderr.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("Hold answered with undocumented_status 418, which this tool's spec does not describe; `webex-conference conformance` checks every answer."));
        Assert.That(lines[1], Does.StartWith("error: "), "the failure is reported after the notice");
    }

    [Test]
    public async Task A_conforming_answer_adds_nothing_to_stderr()
    {
        var result = await RunAgainstSimulatorAsync("show");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.AllOutput);
        Assert.That(result.Stderr, Is.Empty);
    }
}
