using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference;

/// <summary>
/// The conference of one member of an organisation (a person, workspace or virtual line), for an
/// administrator's Service App (<c>telephony/conference/members/{memberId}</c>; scopes
/// <c>spark-admin:calls_read</c> and <c>spark-admin:calls_write</c>). The same operations, guards,
/// errors and retries as <see cref="IConferenceControlsClient"/>, without line owners, plus the
/// supervisor modes. Get one from <see cref="IConferenceControlsClient.ForMember"/>.
/// </summary>
public interface IConferenceMemberClient
{
    /// <summary>Gets the member's conference; never null, <see cref="ConferenceDetails.HasConference"/> is false when there is none.</summary>
    Task<ConferenceDetails> GetConferenceDetailsAsync(CancellationToken cancellationToken = default);

    /// <summary>Joins two or more of the member's calls into a conference.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="callIds"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two call IDs, or an empty or blank one.</exception>
    Task StartConferenceAsync(IEnumerable<string> callIds, CancellationToken cancellationToken = default);

    /// <summary>Ends the member's conference for the host and every participant.</summary>
    Task ReleaseConferenceAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds one of the member's calls to the conference.</summary>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is null, empty or blank.</exception>
    Task AddParticipantAsync(string callId, CancellationToken cancellationToken = default);

    /// <summary>Mutes a participant, or the member (the host) when <paramref name="callId"/> is null.</summary>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is empty or blank.</exception>
    Task MuteAsync(string? callId = null, CancellationToken cancellationToken = default);

    /// <summary>Unmutes a participant, or the member (the host) when <paramref name="callId"/> is null.</summary>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is empty or blank.</exception>
    Task UnmuteAsync(string? callId = null, CancellationToken cancellationToken = default);

    /// <summary>Stops sending the conference media to a participant.</summary>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is null, empty or blank.</exception>
    Task DeafenParticipantAsync(string callId, CancellationToken cancellationToken = default);

    /// <summary>Resumes sending the conference media to a participant.</summary>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is null, empty or blank.</exception>
    Task UndeafenParticipantAsync(string callId, CancellationToken cancellationToken = default);

    /// <summary>Puts the member, the conference host, on hold.</summary>
    Task HoldAsync(CancellationToken cancellationToken = default);

    /// <summary>Takes the member, the conference host, off hold.</summary>
    Task ResumeAsync(CancellationToken cancellationToken = default);

    /// <summary>Barge-in: the supervisor is heard by everyone; the conference type is expected to become <see cref="ConferenceType.BargeIn"/> (undocumented by Webex). Never sent twice after a 5xx.</summary>
    Task BargeInAsync(CancellationToken cancellationToken = default);

    /// <summary>Silent monitoring: the supervisor listens unheard; the type is expected to become <see cref="ConferenceType.SilentMonitoring"/> (undocumented by Webex). Never sent twice after a 5xx.</summary>
    Task SilentMonitorAsync(CancellationToken cancellationToken = default);

    /// <summary>Coaching: the supervisor is heard by the agent only; the type is expected to become <see cref="ConferenceType.Coaching"/> (undocumented by Webex). Never sent twice after a 5xx.</summary>
    Task SupervisorCoachAsync(CancellationToken cancellationToken = default);
}
