using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference;

/// <summary>
/// The ten Conference Controls operations on one user's conference. Operations that take a
/// <c>lineOwnerId</c> act on a secondary line (a user, workspace or virtual line) instead of the
/// user's own; when it is null, the client's default line owner (if any) is used. Every failure from
/// the server is a <see cref="ConferenceApiException"/>. Both the bare paths
/// (<see cref="IConferenceControlsClient"/>) and the <c>members/me</c> paths
/// (<see cref="IConferenceMeClient"/>) offer them.
/// </summary>
public interface IConferenceControls
{
    /// <summary>
    /// Gets the conference: its state, creation time, host mute and participants.
    /// </summary>
    /// <returns>Never null; <see cref="ConferenceDetails.HasConference"/> is false when there is no conference.</returns>
    Task<ConferenceDetails> GetConferenceDetailsAsync(string? lineOwnerId = null, CancellationToken cancellationToken = default);

    /// <summary>Joins two or more of the user's calls into a conference.</summary>
    /// <param name="callIds">At least two call IDs of existing calls of the user.</param>
    /// <param name="lineOwnerId">The line owner whose calls these are; null for the default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentNullException"><paramref name="callIds"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two call IDs, or an empty or blank one.</exception>
    Task StartConferenceAsync(IEnumerable<string> callIds, string? lineOwnerId = null, CancellationToken cancellationToken = default);

    /// <summary>Ends the conference for the host and every participant.</summary>
    Task ReleaseConferenceAsync(string? lineOwnerId = null, CancellationToken cancellationToken = default);

    /// <summary>Adds one of the user's existing calls to the conference.</summary>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is null, empty or blank.</exception>
    Task AddParticipantAsync(string callId, string? lineOwnerId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Mutes a participant, or the host when <paramref name="callId"/> is null.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is empty or blank.</exception>
    Task MuteAsync(string? callId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Unmutes a participant, or the host when <paramref name="callId"/> is null.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is empty or blank.</exception>
    Task UnmuteAsync(string? callId = null, CancellationToken cancellationToken = default);

    /// <summary>Stops sending the conference media to a participant.</summary>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is null, empty or blank.</exception>
    Task DeafenParticipantAsync(string callId, CancellationToken cancellationToken = default);

    /// <summary>Resumes sending the conference media to a participant.</summary>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is null, empty or blank.</exception>
    Task UndeafenParticipantAsync(string callId, CancellationToken cancellationToken = default);

    /// <summary>Puts the conference host on hold; the state becomes held.</summary>
    Task HoldAsync(string? lineOwnerId = null, CancellationToken cancellationToken = default);

    /// <summary>Takes the held host off hold; the state becomes connected.</summary>
    Task ResumeAsync(string? lineOwnerId = null, CancellationToken cancellationToken = default);
}
