using System;

namespace Webex.Calling.Conference.Cli.Demo;

/// <summary>A call that was rate-limited, waited and was retried, as the simulator's journal and a stopwatch saw it.</summary>
/// <param name="RateLimitedStatus">The status of the first attempt (429).</param>
/// <param name="Waited">How long the call took from the first attempt to the answer of the retry.</param>
/// <param name="RetriedStatus">The status of the retry.</param>
internal sealed record RateLimitRetry(int RateLimitedStatus, TimeSpan Waited, int RetriedStatus);
