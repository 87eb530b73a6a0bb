using System;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli.Tests.Support;

/// <summary>Waits on the simulator's journal, which has no event to await: it is read until it shows the request.</summary>
public static class Journal
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    /// <summary>Returns once a request of <paramref name="operation"/> has arrived (its answer may still be held).</summary>
    public static async Task WaitForAsync(ConferenceSimulator simulator, SimulatedOperation operation)
    {
        var started = Stopwatch.GetTimestamp();
        while (!simulator.Requests.Any(r => r.Operation == operation))
        {
            if (Stopwatch.GetElapsedTime(started) > Patience)
            {
                Assert.Fail($"No {operation} request reached the simulator within {Patience.TotalSeconds} s.");
            }

            await Task.Delay(5);
        }
    }
}
