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

    /// <summary>
    /// Returns once <paramref name="count"/> requests of <paramref name="operation"/> have arrived (their
    /// answers may still be held): an attempt the client has given up on may still be on its way.
    /// </summary>
    public static async Task WaitForAsync(ConferenceSimulator simulator, SimulatedOperation operation, int count = 1)
    {
        var started = Stopwatch.GetTimestamp();
        while (simulator.Requests.Count(r => r.Operation == operation) < count)
        {
            if (Stopwatch.GetElapsedTime(started) > Patience)
            {
                Assert.Fail($"Fewer than {count} {operation} requests reached the simulator within {Patience.TotalSeconds} s.");
            }

            await Task.Delay(5);
        }
    }
}
