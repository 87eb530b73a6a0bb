using System;

namespace Webex.Calling.Conference;

// Whose conference: the member and me clients are generated from the spec's members/ paths; what the
// spec cannot say about the member ID is checked here.
public partial class ConferenceControlsClient : IConferenceControlsClient
{
    /// <inheritdoc />
    public IConferenceMemberClient ForMember(string memberId, string? orgId = null)
    {
        Arguments.PathSegment(memberId, nameof(memberId));
        // "me" would name the members/me paths, the token's own user.
        if (memberId is "me")
        {
            throw new ArgumentException($"'{memberId}' is not a member ID; use ForMe() for the token's own user.", nameof(memberId));
        }

        Arguments.NotBlankWhenGiven(orgId, nameof(orgId));
        return new MemberClient(this, memberId, orgId);
    }

    /// <inheritdoc />
    public IConferenceMeClient ForMe() => new MeClient(this);
}
