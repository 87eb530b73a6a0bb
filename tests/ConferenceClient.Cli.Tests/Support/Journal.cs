using System;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli.Tests.Support;

/// <summary>Waits on the simulator's journal for the requests a test expects, failing the test rather than hanging it.</summary>
public static class Journal
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Returns once <paramref name="count"/> requests of <paramref name="operation"/> have arrived (their
    /// answers may still be held): an attempt the client has given up on may still be on its way.
    /// </summary>
    public static async Task WaitForAsync(ConferenceSimulator simulator, SimulatedOperation operation, int count = 1)
    {
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            await simulator.WaitForRequestsAsync(r => r.Operation == operation, count, patience.Token);
        }
        catch (OperationCanceledException) when (patience.IsCancellationRequested)
        {
            Assert.Fail($"Fewer than {count} {operation} requests reached the simulator within {Patience.TotalSeconds} s.");
        }
    }
}
