using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Webex.Calling.Conference.Cli.Output;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli.Simulation;

/// <summary>
/// <c>simulator serve</c>: the simulator as a server of its own until Ctrl+C (SIGINT) or SIGTERM. Being
/// stopped is how a server ends, so it then exits 0.
/// </summary>
internal static class SimulatorServer
{
    public static async Task<int> ServeAsync(ServeSettings settings, ConsoleOutput output, CancellationToken stop)
    {
        ConferenceSimulator simulator;
        try
        {
            simulator = ConferenceSimulator.Start(new ConferenceSimulatorOptions
            {
                Port = settings.Port,
                AccessToken = settings.Token,
                JournalLimit = settings.JournalLimit,
                JournalBodyLimit = settings.JournalBodyLimit,
            });
        }
        catch (IOException) when (settings.Port != 0)
        {
            // Another --port fixes it, as for any usage error; nothing was started.
            output.Failure(FailureReport.Usage(UsageMessages.PortTaken(settings.Port), settings.Help));
            return ExitCodes.Usage;
        }

        using (simulator)
        {
            foreach (var callId in settings.Calls)
            {
                simulator.AddCall(callId);
            }

            output.Serving(new ServedSimulator(simulator.BaseAddress, simulator.AccessToken, simulator.ControlAddress));
            await Task.Delay(Timeout.InfiniteTimeSpan, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return ExitCodes.Success;
    }
}
