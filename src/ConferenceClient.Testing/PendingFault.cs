namespace Webex.Calling.Conference.Testing;

/// <summary>A fault waiting to spoil an answer (see <see cref="ConferenceSimulator.PendingFaults"/>).</summary>
/// <param name="Fault">What the answer will be.</param>
/// <param name="Operation">
/// The operation whose next request it waits for, by its name in the spec without the scope's suffix
/// (<c>Mute</c> for <c>Mute</c>, <c>MuteForMember</c> and <c>MuteForMe</c>), so an operation the simulator
/// serves generically can be named too; null for the next request of any operation (a
/// <see cref="SimulatedFault.FutureDetails"/> fault still waits for a details request).
/// </param>
public sealed record PendingFault(SimulatedFault Fault, string? Operation)
{
    /// <summary>
    /// How many more answers it will spoil, at least 1: a fault injected with <c>times: 3</c> is one entry
    /// with 3, then 2, then 1, and gone once it has spoiled its third answer.
    /// </summary>
    public int Times { get; init; } = 1;

    /// <summary>The fault, what it waits for and how many more times, e.g. <c>RateLimited(Retry-After 2 s) on Mute, 3 times</c>.</summary>
    public override string ToString() => $"{Fault} on {Operation ?? "any operation"}{(Times > 1 ? $", {Times} times" : "")}";
}
