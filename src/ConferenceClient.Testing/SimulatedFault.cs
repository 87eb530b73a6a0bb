using System;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Webex.Calling.Conference.Testing;

/// <summary>A misbehaviour the simulator plays instead of (or before) its normal answer.</summary>
public abstract partial record SimulatedFault
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

    /// <summary>The factory that makes this fault, e.g. <c>RateLimited</c>.</summary>
    internal string Kind => this switch
    {
        StatusFault { Status: 429 } => nameof(RateLimited),
        StatusFault { Status: 423 } => nameof(Locked),
        StatusFault => nameof(GatewayError),
        DelayFault => nameof(Delay),
        MalformedBodyFault => nameof(MalformedBody),
        ExtraFieldFault => nameof(ExtraField),
        UnknownEnumValueFault => nameof(UnknownEnumValue),
        UndocumentedStatusFault => nameof(UndocumentedStatus),
        MissingFieldFault => nameof(MissingField),
        _ => nameof(FutureDetails),
    };

    /// <summary>The fault as its factory would make it, e.g. <c>RateLimited(Retry-After 2 s)</c> or <c>GatewayError(503)</c>.</summary>
    public sealed override string ToString()
    {
        var arguments = this switch
        {
            StatusFault { Status: 502 or 503 or 504 } gateway => string.Join(", ", [gateway.Status.ToString(CultureInfo.InvariantCulture), .. RetryAfterText(gateway)]),
            StatusFault status => string.Join(", ", RetryAfterText(status)),
            DelayFault delay => $"{delay.Duration.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms",
            ExtraFieldFault extra => $"{extra.Path}, {extra.Value}",
            UnknownEnumValueFault unknown => $"{unknown.Path}, {JsonValue.Create(unknown.Value).ToJsonString()}",
            UndocumentedStatusFault { EmptyBody: true } status => $"{status.Status.ToString(CultureInfo.InvariantCulture)}, empty body",
            UndocumentedStatusFault status => status.Status.ToString(CultureInfo.InvariantCulture),
            MissingFieldFault missing => missing.Path.ToString(),
            _ => "",
        };
        return arguments.Length == 0 ? Kind : $"{Kind}({arguments})";
    }

    private static string[] RetryAfterText(StatusFault fault) =>
        fault.RetryAfterHeader is { } seconds ? [$"Retry-After {seconds} s"] : [];

    internal sealed record StatusFault(int Status, TimeSpan? RetryAfter) : SimulatedFault
    {
        /// <summary>The <c>Retry-After</c> header's value: whole seconds, rounded up; null without one.</summary>
        public string? RetryAfterHeader =>
            RetryAfter is { } wait ? Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture) : null;
    }

    internal sealed record DelayFault(TimeSpan Duration) : SimulatedFault;

    internal sealed record MalformedBodyFault : SimulatedFault;

    internal sealed record FutureDetailsFault : SimulatedFault;
}
