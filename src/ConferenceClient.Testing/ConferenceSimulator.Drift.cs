using System.Linq;

namespace Webex.Calling.Conference.Testing;

// Drift faults: whether the spec lets one spoil an operation, and the answers they spoil.
public sealed partial class ConferenceSimulator
{
    /// <summary>
    /// Why a drift fault fits no operation it may wait for (the one named, in any scope, or any operation),
    /// in words for an ArgumentException or a 400; null for a fault that fits, or is no drift fault.
    /// </summary>
    private string? FitProblem(SimulatedFault fault, string? operation)
    {
        if (fault is not SimulatedFault.DriftFault drift)
        {
            return null;
        }

        // In a fixed order, not the spec's: a new operation in the spec must not change the words.
        var problems = _spec.Operations.Where(o => operation is null || o.Name == operation).Select(drift.Problem).ToList();
        if (problems.Any(problem => problem is null))
        {
            return null;
        }

        return $"{fault} fits {(operation is null ? "no operation of the spec" : $"no answer of {operation}")}: {string.Join("; ", problems.Distinct().Order(System.StringComparer.Ordinal))}.";
    }

    // A status no operation documents, not a success: nothing is carried out, as with any error.
    private static SimulatorAnswer Refused(SimulatedFault.UndocumentedStatusFault fault) =>
        fault.HasBody ? SimulatorAnswer.Error(fault.Status, $"Injected fault: {fault.Status}.", fault.Status * 1000) : new(fault.Status, null);

    // Drift spoils a success only: an answer that is an error anyway stays as it is.
    private static SimulatorAnswer Drifted(SimulatorAnswer answer, SimulatedFault.DriftFault drift) => (answer, drift) switch
    {
        ({ ErrorMessage: not null }, _) => answer,
        (_, SimulatedFault.UndocumentedStatusFault status) => answer with { Status = status.Status, Body = status.HasBody ? answer.Body : null },
        ({ Body: { } body }, SimulatedFault.FieldFault field) => answer with { Body = field.Applied(body) },
        _ => answer,
    };
}
