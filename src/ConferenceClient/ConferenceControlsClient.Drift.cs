using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.Logging.Abstractions;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference;

// Drift: where Webex's answers differ from the spec the client was generated from. The generated wire
// methods call these hooks; DriftReporter reports each distinct drift once.
public partial class ConferenceControlsClient
{
    // The pipeline's reporter for a client built from options or registered; for a client on the
    // caller's HttpClient, one of its own (no logger, the shared Meter), made when first needed.
    private DriftReporter? _drift;

    /// <summary>
    /// Every way Webex's answers have differed from the spec this client was built from, each once, in
    /// the order first seen: fields and enum values it does not describe, statuses an operation does not
    /// list, required fields left out. The calls that met them returned the answers as received; each is
    /// also logged as a Warning (event <c>ConferenceDrift</c>) and counted by <c>webex.conference.drift</c>.
    /// Its <see cref="WithLineOwner"/> views share the list, and a registered client shares it with every
    /// client the container resolves for its registration.
    /// </summary>
    public IReadOnlyList<ConferenceDrift> ObservedDrift => Drift.Seen;

    private DriftReporter Drift =>
        _drift ?? Interlocked.CompareExchange(ref _drift, new DriftReporter(NullLogger.Instance, ConferenceMetrics.Shared), null) ?? _drift;

    // Before the status decides success or failure: an error status counts as much as a success one.
    partial void OnAnswered(ConferenceOperation operation, HttpResponseMessage response) =>
        Drift.CheckStatus(operation, response.StatusCode);

    // After a body the serializer marked (Serialization/DriftMarks): only such an answer is walked.
    partial void OnDriftMarked(ConferenceOperation operation, object? answer) =>
        Drift.CheckAnswer(operation, answer);
}
