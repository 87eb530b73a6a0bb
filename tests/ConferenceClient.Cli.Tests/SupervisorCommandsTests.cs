using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli.Tests;

public class SupervisorCommandsTests : CliTest
{
    [TestCase("barge-in", SimulatedOperation.BargeIn, "bargeIn")]
    [TestCase("monitor", SimulatedOperation.SilentMonitor, "silentMonitoring")]
    [TestCase("coach", SimulatedOperation.SupervisorCoach, "coaching")]
    public async Task A_supervisor_mode_changes_a_members_conference(string command, SimulatedOperation operation, string type)
    {
        Simulator.AddMemberCall("agent-7", "customer");
        Simulator.AddMemberCall("agent-7", "agent-leg");
        await RunAgainstSimulatorAsync("start", "customer", "agent-leg", "--member", "agent-7", "--org", "org-1");

        var result = await RunAgainstSimulatorAsync(command, "--member", "agent-7", "--org", "org-1");
        var shown = await RunAgainstSimulatorAsync("show", "--member", "agent-7", "--json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Stderr);
        var request = LastRequest(operation);
        Assert.That((request.MemberId, request.Query["orgId"], request.Status), Is.EqualTo(("agent-7", "org-1", (int?)204)));
        Assert.That(shown.Stdout, Does.Contain($"\"type\":\"{type}\""));
    }

    [Test]
    public async Task Me_acts_on_your_own_conference_through_members_me()
    {
        await StartConferenceAsync("call-1", "call-2");

        var result = await RunAgainstSimulatorAsync("coach", "--me");
        var hold = await RunAgainstSimulatorAsync("hold", "--me");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Stderr);
        Assert.That(hold.ExitCode, Is.EqualTo(ExitCodes.Success), hold.Stderr);
        Assert.That(Simulator.Requests.Where(r => r.MemberId == "me").Select(r => r.Operation),
            Is.EqualTo(new SimulatedOperation?[] { SimulatedOperation.SupervisorCoach, SimulatedOperation.Hold }));
        Assert.That((await ConferenceAsync()).State, Is.EqualTo(ConferenceState.Held));
    }

    [TestCase(new[] { "barge-in" }, "--member")]
    [TestCase(new[] { "hold", "--member", "m1", "--me" }, "--me")]
    [TestCase(new[] { "hold", "--org", "o1" }, "--member")]
    [TestCase(new[] { "hold", "--member", "m1", "--line-owner", "x" }, "--line-owner")]
    [TestCase(new[] { "coach", "--me", "--line-owner", "x" }, "--line-owner")]
    public async Task Scope_mistakes_are_usage_errors_and_send_nothing(string[] args, string named)
    {
        var result = await RunAgainstSimulatorAsync(args);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.Contain(named));
        Assert.That(Simulator.Requests, Is.Empty);
    }
}
