using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference;

/// <summary>
/// The conference of the token's own user through <c>telephony/conference/members/me</c> (the
/// documentation names no scope): the operations of <see cref="IConferenceControlsClient"/>, with
/// <c>lineOwnerId</c> placed and defaulted the same way, plus the supervisor modes. Get one from
/// <see cref="IConferenceControlsClient.ForMe"/>.
/// </summary>
public interface IConferenceMeClient
{
    /// <summary>Gets the conference; never null, <see cref="ConferenceDetails.HasConference"/> is false when there is none.</summary>
    /// <exception cref="ArgumentException"><paramref name="lineOwnerId"/> is empty or blank.</exception>
    Task<ConferenceDetails> GetConferenceDetailsAsync(string? lineOwnerId = null, CancellationToken cancellationToken = default);

    /// <summary>Joins two or more of the user's calls into a conference.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="callIds"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two call IDs, an empty or blank one, or a blank line owner.</exception>
    Task StartConferenceAsync(IEnumerable<string> callIds, string? lineOwnerId = null, CancellationToken cancellationToken = default);

    /// <summary>Ends the conference for the host and every participant.</summary>
    /// <exception cref="ArgumentException"><paramref name="lineOwnerId"/> is empty or blank.</exception>
    Task ReleaseConferenceAsync(string? lineOwnerId = null, CancellationToken cancellationToken = default);

    /// <summary>Adds one of the user's calls to the conference.</summary>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is null, empty or blank.</exception>
    Task AddParticipantAsync(string callId, string? lineOwnerId = null, CancellationToken cancellationToken = default);

    /// <summary>Mutes a participant, or the host when <paramref name="callId"/> is null; no line owner applies.</summary>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is empty or blank.</exception>
    Task MuteAsync(string? callId = null, CancellationToken cancellationToken = default);

    /// <summary>Unmutes a participant, or the host when <paramref name="callId"/> is null; no line owner applies.</summary>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is empty or blank.</exception>
    Task UnmuteAsync(string? callId = null, CancellationToken cancellationToken = default);

    /// <summary>Stops sending the conference media to a participant.</summary>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is null, empty or blank.</exception>
    Task DeafenParticipantAsync(string callId, CancellationToken cancellationToken = default);

    /// <summary>Resumes sending the conference media to a participant.</summary>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is null, empty or blank.</exception>
    Task UndeafenParticipantAsync(string callId, CancellationToken cancellationToken = default);

    /// <summary>Puts the host on hold.</summary>
    /// <exception cref="ArgumentException"><paramref name="lineOwnerId"/> is empty or blank.</exception>
    Task HoldAsync(string? lineOwnerId = null, CancellationToken cancellationToken = default);

    /// <summary>Takes the held host off hold.</summary>
    /// <exception cref="ArgumentException"><paramref name="lineOwnerId"/> is empty or blank.</exception>
    Task ResumeAsync(string? lineOwnerId = null, CancellationToken cancellationToken = default);

    /// <summary>Barge-in, on the user's own line (no line owner applies); the type is expected to become <see cref="ConferenceType.BargeIn"/>. Never sent twice after a 5xx.</summary>
    Task BargeInAsync(CancellationToken cancellationToken = default);

    /// <summary>Silent monitoring, on the user's own line (no line owner applies); the type is expected to become <see cref="ConferenceType.SilentMonitoring"/>. Never sent twice after a 5xx.</summary>
    Task SilentMonitorAsync(CancellationToken cancellationToken = default);

    /// <summary>Coaching, on the user's own line (no line owner applies); the type is expected to become <see cref="ConferenceType.Coaching"/>. Never sent twice after a 5xx.</summary>
    Task SupervisorCoachAsync(CancellationToken cancellationToken = default);
}
