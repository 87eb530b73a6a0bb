using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference;

// The public operations: guards first, then the generated protected *CoreAsync method, which owns the wire.
public partial class ConferenceControlsClient
{
    /// <inheritdoc />
    public async Task<ConferenceDetails> GetConferenceDetailsAsync(string? lineOwnerId = null, CancellationToken cancellationToken = default)
    {
        var owner = ResolveLineOwnerId(lineOwnerId);
        // {}, an empty body and 204 all mean "no conference": hand back an empty model, never null.
        return await GetConferenceDetailsCoreAsync(owner, cancellationToken).ConfigureAwait(false) ?? new ConferenceDetails();
    }

    /// <inheritdoc />
    public Task StartConferenceAsync(IEnumerable<string> callIds, string? lineOwnerId = null, CancellationToken cancellationToken = default)
    {
        var body = new StartConferenceRequest { CallIds = ValidCallIds(callIds), LineOwnerId = ResolveLineOwnerId(lineOwnerId) };
        return StartConferenceCoreAsync(body, cancellationToken);
    }

    /// <inheritdoc />
    public Task ReleaseConferenceAsync(string? lineOwnerId = null, CancellationToken cancellationToken = default) =>
        ReleaseConferenceCoreAsync(ResolveLineOwnerId(lineOwnerId), cancellationToken);

    /// <inheritdoc />
    public Task AddParticipantAsync(string callId, string? lineOwnerId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(callId);
        var body = new AddParticipantRequest { CallId = callId, LineOwnerId = ResolveLineOwnerId(lineOwnerId) };
        return AddParticipantCoreAsync(body, cancellationToken);
    }

    /// <inheritdoc />
    public Task MuteAsync(string? callId = null, CancellationToken cancellationToken = default) =>
        MuteCoreAsync(HostOrParticipant(callId), cancellationToken);

    /// <inheritdoc />
    public Task UnmuteAsync(string? callId = null, CancellationToken cancellationToken = default) =>
        UnmuteCoreAsync(HostOrParticipant(callId), cancellationToken);

    /// <inheritdoc />
    public Task DeafenParticipantAsync(string callId, CancellationToken cancellationToken = default) =>
        DeafenParticipantCoreAsync(Participant(callId), cancellationToken);

    /// <inheritdoc />
    public Task UndeafenParticipantAsync(string callId, CancellationToken cancellationToken = default) =>
        UndeafenParticipantCoreAsync(Participant(callId), cancellationToken);

    /// <inheritdoc />
    public Task HoldAsync(string? lineOwnerId = null, CancellationToken cancellationToken = default) =>
        HoldCoreAsync(ResolveLineOwnerId(lineOwnerId), cancellationToken);

    /// <inheritdoc />
    public Task ResumeAsync(string? lineOwnerId = null, CancellationToken cancellationToken = default) =>
        ResumeCoreAsync(ResolveLineOwnerId(lineOwnerId), cancellationToken);

    // The list is read once: a lazy sequence is not enumerated again when the body is written.
    private static List<string> ValidCallIds(IEnumerable<string> callIds)
    {
        ArgumentNullException.ThrowIfNull(callIds);
        var ids = callIds.ToList();
        if (ids.Count < 2)
        {
            throw new ArgumentException($"A conference needs at least two call IDs; {ids.Count} given.", nameof(callIds));
        }

        if (ids.Exists(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Call IDs cannot be null, empty or blank.", nameof(callIds));
        }

        return ids;
    }

    private static ParticipantRequest Participant(string callId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(callId);
        return new ParticipantRequest { CallId = callId };
    }

    // Null means the host and is sent as {} (accepted by Webex, as the Python SDK does); a blank ID is a mistake.
    private static MuteRequest HostOrParticipant(string? callId)
    {
        if (callId is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(callId);
        }

        return new MuteRequest { CallId = callId };
    }
}
