using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli.Tests;

public class JsonOutputTests : CliTest
{
    [Test]
    public async Task Show_writes_the_conference_as_webex_sends_it()
    {
        await StartConferenceAsync("call-1", "call-2");

        var result = await RunAgainstSimulatorAsync("show", "--json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.That(json.RootElement.GetProperty("state").GetString(), Is.EqualTo("connected"));
        Assert.That(json.RootElement.GetProperty("muted").GetBoolean(), Is.False);
        Assert.That(
            json.RootElement.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("callId").GetString()),
            Is.EqualTo(new[] { "call-1", "call-2" }));
    }

    [Test]
    public async Task Show_keeps_what_a_newer_api_adds()
    {
        await StartConferenceAsync("call-1", "call-2");
        Simulator.InjectFault(SimulatedFault.FutureDetails());

        var result = await RunAgainstSimulatorAsync("show", "--json");

        using var json = JsonDocument.Parse(result.Stdout);
        Assert.That(json.RootElement.GetProperty("type").GetString(), Is.EqualTo("whisperCoaching"));
        Assert.That(json.RootElement.GetProperty("recording").GetProperty("enabled").GetBoolean(), Is.True);
    }

    [Test]
    public async Task No_conference_is_an_empty_object()
    {
        var result = await RunAgainstSimulatorAsync("show", "--json");

        Assert.That(result.Stdout.Trim(), Is.EqualTo("{}"));
    }

    [Test]
    public async Task A_change_is_an_object_naming_the_command_and_its_calls()
    {
        await StartConferenceAsync("call-1", "call-2");

        var result = await RunAgainstSimulatorAsync("mute", "call-1", "--json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.That(json.RootElement.GetProperty("command").GetString(), Is.EqualTo("mute"));
        Assert.That(json.RootElement.GetProperty("callIds").EnumerateArray().Select(id => id.GetString()), Is.EqualTo(new[] { "call-1" }));
        Assert.That(json.RootElement.GetProperty("message").GetString(), Is.EqualTo("muted call-1"));
    }

    [Test]
    public async Task A_failure_is_an_object_on_stderr_with_the_status_and_tracking_id()
    {
        var result = await RunAgainstSimulatorAsync("hold", "--json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ApiError));
        Assert.That(result.Stdout, Is.Empty);
        using var json = JsonDocument.Parse(result.Stderr);
        var error = json.RootElement.GetProperty("error");
        Assert.That(error.GetProperty("exitCode").GetInt32(), Is.EqualTo(ExitCodes.ApiError));
        Assert.That(error.GetProperty("status").GetInt32(), Is.EqualTo(404));
        Assert.That(error.GetProperty("webexMessage").GetString(), Is.EqualTo("There is no conference."));
        Assert.That(error.GetProperty("trackingId").GetString(), Is.EqualTo(LastRequest(SimulatedOperation.Hold).AnsweredTrackingId));
    }
}
