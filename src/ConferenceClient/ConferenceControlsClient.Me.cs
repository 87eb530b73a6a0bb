using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference;

// members/me: the bare operations' guards and line-owner rules, on the members/me paths.
public partial class ConferenceControlsClient
{
    /// <inheritdoc />
    public IConferenceMeClient ForMe() => new MeClient(this);

    private sealed class MeClient(ConferenceControlsClient owner) : IConferenceMeClient
    {
        public async Task<ConferenceDetails> GetConferenceDetailsAsync(string? lineOwnerId = null, CancellationToken cancellationToken = default) =>
            await owner.GetConferenceDetailsForMeCoreAsync(owner.ResolveLineOwnerId(lineOwnerId), cancellationToken).ConfigureAwait(false) ?? new ConferenceDetails();

        public Task StartConferenceAsync(IEnumerable<string> callIds, string? lineOwnerId = null, CancellationToken cancellationToken = default) =>
            owner.StartConferenceForMeCoreAsync(
                new StartConferenceRequest { CallIds = ValidCallIds(callIds), LineOwnerId = owner.ResolveLineOwnerId(lineOwnerId) }, cancellationToken);

        public Task ReleaseConferenceAsync(string? lineOwnerId = null, CancellationToken cancellationToken = default) =>
            owner.ReleaseConferenceForMeCoreAsync(owner.ResolveLineOwnerId(lineOwnerId), cancellationToken);

        public Task AddParticipantAsync(string callId, string? lineOwnerId = null, CancellationToken cancellationToken = default)
        {
            var participant = Participant(callId);
            return owner.AddParticipantForMeCoreAsync(
                new AddParticipantRequest { CallId = participant.CallId, LineOwnerId = owner.ResolveLineOwnerId(lineOwnerId) }, cancellationToken);
        }

        public Task MuteAsync(string? callId = null, CancellationToken cancellationToken = default) =>
            owner.MuteForMeCoreAsync(HostOrParticipant(callId), cancellationToken);

        public Task UnmuteAsync(string? callId = null, CancellationToken cancellationToken = default) =>
            owner.UnmuteForMeCoreAsync(HostOrParticipant(callId), cancellationToken);

        public Task DeafenParticipantAsync(string callId, CancellationToken cancellationToken = default) =>
            owner.DeafenParticipantForMeCoreAsync(Participant(callId), cancellationToken);

        public Task UndeafenParticipantAsync(string callId, CancellationToken cancellationToken = default) =>
            owner.UndeafenParticipantForMeCoreAsync(Participant(callId), cancellationToken);

        public Task HoldAsync(string? lineOwnerId = null, CancellationToken cancellationToken = default) =>
            owner.HoldForMeCoreAsync(owner.ResolveLineOwnerId(lineOwnerId), cancellationToken);

        public Task ResumeAsync(string? lineOwnerId = null, CancellationToken cancellationToken = default) =>
            owner.ResumeForMeCoreAsync(owner.ResolveLineOwnerId(lineOwnerId), cancellationToken);

        public Task BargeInAsync(CancellationToken cancellationToken = default) => owner.BargeInForMeCoreAsync(cancellationToken);

        public Task SilentMonitorAsync(CancellationToken cancellationToken = default) => owner.SilentMonitorForMeCoreAsync(cancellationToken);

        public Task SupervisorCoachAsync(CancellationToken cancellationToken = default) => owner.SupervisorCoachForMeCoreAsync(cancellationToken);
    }
}
