using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference;

/// <summary>
/// The conference of the token's own user through <c>telephony/conference/members/me</c> (the
/// documentation names no scope): the operations of <see cref="IConferenceControls"/>, with
/// <c>lineOwnerId</c> placed and defaulted as on the bare paths, plus the supervisor modes. Get one from
/// <see cref="IConferenceControlsClient.ForMe"/>.
/// </summary>
public interface IConferenceMeClient : IConferenceControls
{
    /// <summary>Barge-in, on the user's own line (no line owner applies); the type is expected to become <see cref="ConferenceType.BargeIn"/>. Never sent twice after a 5xx.</summary>
    Task BargeInAsync(CancellationToken cancellationToken = default);

    /// <summary>Silent monitoring, on the user's own line (no line owner applies); the type is expected to become <see cref="ConferenceType.SilentMonitoring"/>. Never sent twice after a 5xx.</summary>
    Task SilentMonitorAsync(CancellationToken cancellationToken = default);

    /// <summary>Coaching, on the user's own line (no line owner applies); the type is expected to become <see cref="ConferenceType.Coaching"/>. Never sent twice after a 5xx.</summary>
    Task SupervisorCoachAsync(CancellationToken cancellationToken = default);
}
