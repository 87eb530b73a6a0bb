using System;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Platform;

/// <summary>A cancellation source that fires after a delay by the client's clock: the same on both builds, reached differently.</summary>
internal static class AttemptTimer
{
#if NET
    public static CancellationTokenSource CancelAfter(TimeSpan delay, TimeProvider timeProvider) => new(delay, timeProvider);
#else
    // Microsoft.Bcl.TimeProvider's: a timer of the given clock, so a fake clock in tests governs it.
    public static CancellationTokenSource CancelAfter(TimeSpan delay, TimeProvider timeProvider) => timeProvider.CreateCancellationTokenSource(delay);
#endif
}
