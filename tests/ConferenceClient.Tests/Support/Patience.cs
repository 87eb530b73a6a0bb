using System;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Webex.Calling.Conference.Tests.Support;

/// <summary>
/// A bound on waiting for something that should happen at once, so a broken client fails its test
/// instead of hanging the run. It never delays a passing test.
/// </summary>
internal static class Patience
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    /// <summary>Awaits a call that the test has driven to its end, failing if it never ends.</summary>
    public static async Task Settled(this Task call)
    {
        if (await Task.WhenAny(call, Task.Delay(Limit)) != call)
        {
            Assert.Fail($"The call did not end within {Limit.TotalSeconds} s: it waits for something that never comes.");
        }

        await call;
    }
}
