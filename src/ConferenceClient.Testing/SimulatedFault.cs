using System;

namespace Webex.Calling.Conference.Testing;

/// <summary>A misbehaviour the simulator plays instead of (or before) its normal answer.</summary>
public abstract record SimulatedFault
{
    private protected SimulatedFault()
    {
    }

    /// <summary>429 Too Many Requests with <c>Retry-After</c> in whole seconds (rounded up).</summary>
    public static SimulatedFault RateLimited(TimeSpan retryAfter) => new StatusFault(429, retryAfter);

    /// <summary>423 Locked, with <c>Retry-After</c> when given.</summary>
    public static SimulatedFault Locked(TimeSpan? retryAfter = null) => new StatusFault(423, retryAfter);

    /// <summary>A gateway failure: 502, 503 or 504, with <c>Retry-After</c> when given.</summary>
    public static SimulatedFault GatewayError(int status, TimeSpan? retryAfter = null) =>
        status is 502 or 503 or 504
            ? new StatusFault(status, retryAfter)
            : throw new ArgumentOutOfRangeException(nameof(status), status, "A gateway error is 502, 503 or 504.");

    /// <summary>Waits this long, then answers normally.</summary>
    public static SimulatedFault Delay(TimeSpan delay) =>
        delay >= TimeSpan.Zero ? new DelayFault(delay) : throw new ArgumentOutOfRangeException(nameof(delay));

    /// <summary>200 with a body cut off in the middle of its JSON.</summary>
    public static SimulatedFault MalformedBody() => new MalformedBodyFault();

    /// <summary>
    /// Acts normally, but conference details carry what a newer server might send: a state
    /// (<c>transferring</c>) and a type (<c>whisperCoaching</c>) this version of the API does not list,
    /// and fields it does not know, top level (<c>recording</c>) and nested (each participant's <c>role</c>).
    /// </summary>
    public static SimulatedFault FutureDetails() => new FutureDetailsFault();

    internal sealed record StatusFault(int Status, TimeSpan? RetryAfter) : SimulatedFault;

    internal sealed record DelayFault(TimeSpan Duration) : SimulatedFault;

    internal sealed record MalformedBodyFault : SimulatedFault;

    internal sealed record FutureDetailsFault : SimulatedFault;
}
