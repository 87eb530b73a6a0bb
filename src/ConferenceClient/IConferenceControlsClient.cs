using System;
using System.Collections.Generic;

namespace Webex.Calling.Conference;

/// <summary>
/// The Webex Calling Conference Controls API of the calling user (<c>telephony/conference</c>; scope
/// <c>spark:calls_read</c> to get details, <c>spark:calls_write</c> for the rest), and the ways to the
/// conferences of other members and of <c>members/me</c>.
/// </summary>
public partial interface IConferenceControlsClient : IConferenceControls
{
    /// <summary>
    /// A client bound to one line owner, or with null to the user's own line whatever the default, that
    /// shares this client's connections, token and retries.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="lineOwnerId"/> is empty or blank.</exception>
    IConferenceControlsClient WithLineOwner(string? lineOwnerId);

    /// <summary>
    /// The conference of a member of an organisation, for an administrator's Service App; shares this
    /// client's connections, token and retries.
    /// </summary>
    /// <param name="memberId">The person, workspace or virtual line; escaped in the path.</param>
    /// <param name="orgId">The member's organisation; null for the Service App's own.</param>
    /// <exception cref="ArgumentException"><paramref name="memberId"/> is null, empty or blank, or <paramref name="orgId"/> is empty or blank.</exception>
    IConferenceMemberClient ForMember(string memberId, string? orgId = null);

    /// <summary>
    /// The conference of the token's own user through the <c>members/me</c> paths, with this client's
    /// default line owner; shares this client's connections, token and retries.
    /// </summary>
    IConferenceMeClient ForMe();

    /// <summary>
    /// Every way Webex's answers to this client (and to the clients it shares its pipeline with) have
    /// differed from the spec it was built from, each once, in the order first seen. The calls returned
    /// the answers as received; each drift was also logged as a Warning (event <c>ConferenceDrift</c>)
    /// and counted by <c>webex.conference.drift</c>.
    /// </summary>
    IReadOnlyList<ConferenceDrift> ObservedDrift { get; }
}
