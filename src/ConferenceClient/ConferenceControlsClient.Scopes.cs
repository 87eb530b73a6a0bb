using System;

namespace Webex.Calling.Conference;

// Whose conference: the member and me clients are generated from the spec's members/ paths; what the
// spec cannot say about the member ID is checked here.
public partial class ConferenceControlsClient : IConferenceControlsClient
{
    /// <inheritdoc />
    public IConferenceMemberClient ForMember(string memberId, string? orgId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        // Escaping leaves these as they are, and the URI would then name another path: the bare API
        // ("..") or the token's own user ("me").
        if (memberId is "." or ".." or "me")
        {
            throw new ArgumentException($"'{memberId}' is not a member ID; use ForMe() for the token's own user.", nameof(memberId));
        }

        Arguments.NotBlankWhenGiven(orgId, nameof(orgId));
        return new MemberClient(this, memberId, orgId);
    }

    /// <inheritdoc />
    public IConferenceMeClient ForMe() => new MeClient(this);
}
