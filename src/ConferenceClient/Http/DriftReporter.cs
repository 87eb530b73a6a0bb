using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Webex.Calling.Conference.Serialization;

namespace Webex.Calling.Conference.Http;

/// <summary>
/// Reports where Webex's answers differ from the spec, each distinct drift (operation, kind, subject)
/// once: a Warning log and one count of <c>webex.conference.drift</c>. One per client built from options,
/// one per registered client (as the rate-limit gate), so a drift is reported once however many calls
/// meet it. It remembers at most <see cref="Limit"/> drifts: past that, one Warning says that reporting
/// stopped, and a server that invents names cannot grow the memory or the metric's tags without end.
/// </summary>
internal sealed class DriftReporter(ILogger logger, ConferenceMetrics metrics)
{
    /// <summary>The most distinct drifts a client reports.</summary>
    public const int Limit = 100;

    private readonly object _lock = new();
    private readonly HashSet<ConferenceDrift> _seen = [];
    private readonly List<ConferenceDrift> _inOrder = [];
    private bool _full;

    /// <summary>Every drift reported so far, in the order it was first seen.</summary>
    public IReadOnlyList<ConferenceDrift> Seen
    {
        get
        {
            lock (_lock)
            {
                return _inOrder.ToArray();
            }
        }
    }

    /// <summary>A status the operation does not list: the only check every answer pays, one array search.</summary>
    public void CheckStatus(ConferenceOperation operation, HttpStatusCode status)
    {
        if (operation.DocumentedStatuses is { } documented && Array.IndexOf(documented, (int)status) < 0)
        {
            Report(operation.Name, ConferenceDriftKind.UndocumentedStatus, ((int)status).ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>What a marked answer (<see cref="DriftMarks"/>) holds beyond the spec, walked only then.</summary>
    public void CheckAnswer(ConferenceOperation operation, object? answer)
    {
        if (answer is IDriftSource source)
        {
            var findings = new DriftFindings();
            source.CollectDrift(findings, string.Empty);
            foreach (var (kind, subject) in findings.Found)
            {
                Report(operation.Name, kind, subject);
            }
        }
    }

    private void Report(string operation, ConferenceDriftKind kind, string subject)
    {
        var drift = new ConferenceDrift(operation, kind, subject);
        bool stopped;
        lock (_lock)
        {
            if (_seen.Contains(drift) || _full)
            {
                return;
            }

            stopped = _seen.Count == Limit;
            if (stopped)
            {
                _full = true;
            }
            else
            {
                _seen.Add(drift);
                _inOrder.Add(drift);
            }
        }

        if (stopped)
        {
            ConferenceLog.DriftLimitReached(logger, Limit);
            return;
        }

        ConferenceLog.Drift(logger, operation, drift.KindName, subject);
        metrics.RecordDrift(operation, drift.KindName, subject);
    }
}
