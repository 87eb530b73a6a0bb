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
    /// <summary>The fault and what it waits for, e.g. <c>RateLimited(Retry-After 2 s) on Mute</c>.</summary>
    public override string ToString() => $"{Fault} on {Operation ?? "any operation"}";
}
