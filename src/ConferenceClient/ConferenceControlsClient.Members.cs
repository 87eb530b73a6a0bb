using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference;

// members/{memberId}: the same guards as the bare operations, then the generated protected wire methods.
public partial class ConferenceControlsClient
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

        if (orgId is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(orgId);
        }

        return new MemberClient(this, memberId, orgId);
    }

    private sealed class MemberClient(ConferenceControlsClient owner, string memberId, string? orgId) : IConferenceMemberClient
    {
        public async Task<ConferenceDetails> GetConferenceDetailsAsync(CancellationToken cancellationToken = default) =>
            await owner.GetConferenceDetailsForMemberCoreAsync(memberId, orgId, cancellationToken).ConfigureAwait(false) ?? new ConferenceDetails();

        public Task StartConferenceAsync(IEnumerable<string> callIds, CancellationToken cancellationToken = default) =>
            owner.StartConferenceForMemberCoreAsync(new MemberStartConferenceRequest { CallIds = ValidCallIds(callIds) }, memberId, orgId, cancellationToken);

        public Task ReleaseConferenceAsync(CancellationToken cancellationToken = default) =>
            owner.ReleaseConferenceForMemberCoreAsync(memberId, orgId, cancellationToken);

        public Task AddParticipantAsync(string callId, CancellationToken cancellationToken = default) =>
            owner.AddParticipantForMemberCoreAsync(Participant(callId), memberId, orgId, cancellationToken);

        public Task MuteAsync(string? callId = null, CancellationToken cancellationToken = default) =>
            owner.MuteForMemberCoreAsync(HostOrParticipant(callId), memberId, orgId, cancellationToken);

        public Task UnmuteAsync(string? callId = null, CancellationToken cancellationToken = default) =>
            owner.UnmuteForMemberCoreAsync(HostOrParticipant(callId), memberId, orgId, cancellationToken);

        public Task DeafenParticipantAsync(string callId, CancellationToken cancellationToken = default) =>
            owner.DeafenParticipantForMemberCoreAsync(Participant(callId), memberId, orgId, cancellationToken);

        public Task UndeafenParticipantAsync(string callId, CancellationToken cancellationToken = default) =>
            owner.UndeafenParticipantForMemberCoreAsync(Participant(callId), memberId, orgId, cancellationToken);

        public Task HoldAsync(CancellationToken cancellationToken = default) =>
            owner.HoldForMemberCoreAsync(memberId, orgId, cancellationToken);

        public Task ResumeAsync(CancellationToken cancellationToken = default) =>
            owner.ResumeForMemberCoreAsync(memberId, orgId, cancellationToken);

        public Task BargeInAsync(CancellationToken cancellationToken = default) =>
            owner.BargeInForMemberCoreAsync(memberId, orgId, cancellationToken);

        public Task SilentMonitorAsync(CancellationToken cancellationToken = default) =>
            owner.SilentMonitorForMemberCoreAsync(memberId, orgId, cancellationToken);

        public Task SupervisorCoachAsync(CancellationToken cancellationToken = default) =>
            owner.SupervisorCoachForMemberCoreAsync(memberId, orgId, cancellationToken);
    }
}
