using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace Webex.Calling.Conference.Testing;

// Injected faults: queued, seen, cleared, and taken by the requests they spoil.
public sealed partial class ConferenceSimulator
{
    /// <summary>
    /// The faults still waiting, in the order they will be used: one entry for each injection, with the
    /// answers it has yet to spoil in <see cref="PendingFault.Times"/>.
    /// </summary>
    public IReadOnlyList<PendingFault> PendingFaults
    {
        get
        {
            lock (_gate)
            {
                return [.. _faults];
            }
        }
    }

    /// <summary>
    /// Makes the next <paramref name="times"/> requests (of <paramref name="operation"/> only, when given)
    /// answer with <paramref name="fault"/>. Faults queue up and are used in the order injected.
    /// </summary>
    /// <exception cref="ArgumentException">A drift fault that fits no answer of the operation (or of any): a path its schema does not have, a status the spec documents.</exception>
    public void InjectFault(SimulatedFault fault, int times = 1, SimulatedOperation? operation = null) =>
        Queue(fault, times, operation?.ToString());

    /// <summary>
    /// Makes the next <paramref name="times"/> requests of <paramref name="operation"/> answer with
    /// <paramref name="fault"/>: the operation named as the spec names it without the scope's suffix
    /// (<c>"Mute"</c>), which may be one the simulator serves generically.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// <paramref name="operation"/> is not an operation of the spec, or the fault is a drift fault that fits no answer of it.
    /// </exception>
    public void InjectFaultFor(string operation, SimulatedFault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (!_spec.Operations.Any(o => o.Name == operation))
        {
            throw new ArgumentException(
                $"{operation} is not an operation of the spec; it has {string.Join(", ", _spec.Operations.Select(o => o.Name).Distinct())}.", nameof(operation));
        }

        Queue(fault, times, operation);
    }

    private void Queue(SimulatedFault fault, int times, string? operation)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        if (FitProblem(fault, operation) is { } problem)
        {
            throw new ArgumentException(problem, nameof(fault));
        }

        lock (_gate)
        {
            _faults.Add(new PendingFault(fault, operation) { Times = times });
        }
    }

    /// <summary>Drops every pending fault; answers a delay fault already holds are not affected.</summary>
    public void ClearFaults()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }

    // Also hands out what ends a held answer, taken under the same lock so a Reset cannot slip between.
    private SimulatedFault? TakeFault(SpecOperation? operation, out CancellationToken holding)
    {
        lock (_gate)
        {
            holding = _holding.Token;
            var name = operation?.Name;
            var index = _faults.FindIndex(f => (f.Operation ?? name) == name && AppliesTo(f.Fault, operation));
            if (index < 0)
            {
                return null;
            }

            var pending = _faults[index];
            if (pending.Times > 1)
            {
                _faults[index] = pending with { Times = pending.Times - 1 };
            }
            else
            {
                _faults.RemoveAt(index);
            }

            return pending.Fault;
        }
    }

    // Future details change only what details look like, and drift only what the spec lets it change (a
    // field of this answer's schema, a status it does not document): other operations leave such a fault waiting.
    private static bool AppliesTo(SimulatedFault fault, SpecOperation? operation) => fault switch
    {
        SimulatedFault.FutureDetailsFault => operation?.Name == nameof(SimulatedOperation.GetConferenceDetails),
        SimulatedFault.DriftFault drift => operation is not null && drift.Problem(operation) is null,
        _ => true,
    };

    private static SimulatorAnswer FaultAnswer(SimulatedFault.StatusFault fault)
    {
        var headers = fault.RetryAfterHeader is { } seconds ? new Dictionary<string, string> { ["Retry-After"] = seconds } : null;
        return SimulatorAnswer.Error(fault.Status, $"Injected fault: {fault.Status}.", fault.Status * 1000, headers);
    }
}
