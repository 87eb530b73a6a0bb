using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli.Tests;

// Ctrl+C cancels the call in flight, says so, and exits 130. The simulator holds its answer far longer
// than any test waits; it lets go of it when stopped.
public class CancellationTests : CliTest
{
    private static readonly TimeSpan Held = TimeSpan.FromMinutes(5);

    [Test]
    public async Task Cancelling_a_show_in_flight_exits_130_and_says_so()
    {
        Simulator.InjectFault(SimulatedFault.Delay(Held));
        using var ctrlC = new CancellationTokenSource();

        var run = RunAsync(AgainstSimulator("show"), cancellationToken: ctrlC.Token);
        await Journal.WaitForAsync(Simulator, SimulatedOperation.GetConferenceDetails);
        await ctrlC.CancelAsync();
        var result = await run;

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Cancelled));
        Assert.That(result.Stdout, Is.Empty);
        Assert.That(result.Stderr, Is.EqualTo($"cancelled: show was cancelled before {SimulatorApiName} answered.\n"));
    }

    [Test]
    public async Task Cancelling_a_change_says_it_may_still_take_effect()
    {
        await StartConferenceAsync("call-1", "call-2");
        Simulator.InjectFault(SimulatedFault.Delay(Held), operation: SimulatedOperation.Mute);
        using var ctrlC = new CancellationTokenSource();

        var run = RunAsync(AgainstSimulator("mute", "call-1"), cancellationToken: ctrlC.Token);
        await Journal.WaitForAsync(Simulator, SimulatedOperation.Mute);
        await ctrlC.CancelAsync();
        var result = await run;

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Cancelled));
        Assert.That(result.Stderr, Does.StartWith("cancelled: mute was cancelled before").And.Contain("may still take effect"));
    }

    [Test]
    public async Task With_json_the_cancellation_is_a_json_line_on_stderr()
    {
        Simulator.InjectFault(SimulatedFault.Delay(Held));
        using var ctrlC = new CancellationTokenSource();

        var run = RunAsync(AgainstSimulator("show", "--json"), cancellationToken: ctrlC.Token);
        await Journal.WaitForAsync(Simulator, SimulatedOperation.GetConferenceDetails);
        await ctrlC.CancelAsync();
        var result = await run;

        var error = JsonLines.Of(result.Stderr).Single()["error"]!;
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Cancelled));
        Assert.That(((int?)error["exitCode"], (string?)error["kind"]), Is.EqualTo(((int?)130, "cancelled")));
        Assert.That(result.Stdout, Is.Empty);
    }

    [Test]
    public async Task Sigint_to_the_tool_as_a_process_exits_130_and_says_so()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("SIGINT is sent with kill, which Windows does not have.");
        }

        Simulator.InjectFault(SimulatedFault.Delay(Held));
        using var tool = ToolProcess.Start(AgainstSimulator("show"));
        var stderr = tool.StandardError.ReadToEndAsync();
        var stdout = tool.StandardOutput.ReadToEndAsync();

        await Journal.WaitForAsync(Simulator, SimulatedOperation.GetConferenceDetails);
        await ToolProcess.SignalAsync(tool, "INT");

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await tool.WaitForExitAsync(patience.Token);

        Assert.That(tool.ExitCode, Is.EqualTo(ExitCodes.Cancelled));
        Assert.That((await stderr).ReplaceLineEndings("\n"), Is.EqualTo($"cancelled: show was cancelled before {SimulatorApiName} answered.\n"));
        Assert.That(await stdout, Is.Empty);
    }
}
