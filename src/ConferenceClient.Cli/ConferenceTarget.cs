using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Cli;

/// <summary>
/// Whose conference a command acts on: the user's (the bare paths), a member's (<c>--member</c>, for a
/// Service App) or the user's through <c>members/me</c> (<c>--me</c>). The line owner, where the API
/// takes one, is the client's default.
/// </summary>
internal sealed class ConferenceTarget
{
    private readonly IConferenceControlsClient _user;
    private readonly IConferenceMemberClient? _member;
    private readonly IConferenceMeClient? _me;

    private ConferenceTarget(IConferenceControlsClient user, IConferenceMemberClient? member, IConferenceMeClient? me)
    {
        _user = user;
        _member = member;
        _me = me;
    }

    /// <summary>The conference that <paramref name="settings"/> name (--member, --me, or the user's).</summary>
    public static ConferenceTarget For(IConferenceControlsClient client, ConnectionSettings settings) =>
        settings.MemberId is { } memberId ? new(client, client.ForMember(memberId, settings.OrgId), null)
        : settings.Me ? new(client, null, client.ForMe())
        : new(client, null, null);

    public Task<ConferenceDetails> GetConferenceDetailsAsync(CancellationToken ct) =>
        _member?.GetConferenceDetailsAsync(ct) ?? _me?.GetConferenceDetailsAsync(cancellationToken: ct) ?? _user.GetConferenceDetailsAsync(cancellationToken: ct);

    public Task StartConferenceAsync(IEnumerable<string> callIds, CancellationToken ct) =>
        _member?.StartConferenceAsync(callIds, ct) ?? _me?.StartConferenceAsync(callIds, cancellationToken: ct) ?? _user.StartConferenceAsync(callIds, cancellationToken: ct);

    public Task ReleaseConferenceAsync(CancellationToken ct) =>
        _member?.ReleaseConferenceAsync(ct) ?? _me?.ReleaseConferenceAsync(cancellationToken: ct) ?? _user.ReleaseConferenceAsync(cancellationToken: ct);

    public Task AddParticipantAsync(string callId, CancellationToken ct) =>
        _member?.AddParticipantAsync(callId, ct) ?? _me?.AddParticipantAsync(callId, cancellationToken: ct) ?? _user.AddParticipantAsync(callId, cancellationToken: ct);

    public Task MuteAsync(string? callId, CancellationToken ct) =>
        _member?.MuteAsync(callId, ct) ?? _me?.MuteAsync(callId, ct) ?? _user.MuteAsync(callId, ct);

    public Task UnmuteAsync(string? callId, CancellationToken ct) =>
        _member?.UnmuteAsync(callId, ct) ?? _me?.UnmuteAsync(callId, ct) ?? _user.UnmuteAsync(callId, ct);

    public Task DeafenParticipantAsync(string callId, CancellationToken ct) =>
        _member?.DeafenParticipantAsync(callId, ct) ?? _me?.DeafenParticipantAsync(callId, ct) ?? _user.DeafenParticipantAsync(callId, ct);

    public Task UndeafenParticipantAsync(string callId, CancellationToken ct) =>
        _member?.UndeafenParticipantAsync(callId, ct) ?? _me?.UndeafenParticipantAsync(callId, ct) ?? _user.UndeafenParticipantAsync(callId, ct);

    public Task HoldAsync(CancellationToken ct) =>
        _member?.HoldAsync(ct) ?? _me?.HoldAsync(cancellationToken: ct) ?? _user.HoldAsync(cancellationToken: ct);

    public Task ResumeAsync(CancellationToken ct) =>
        _member?.ResumeAsync(ct) ?? _me?.ResumeAsync(cancellationToken: ct) ?? _user.ResumeAsync(cancellationToken: ct);

    public Task BargeInAsync(CancellationToken ct) => _member?.BargeInAsync(ct) ?? _me?.BargeInAsync(ct) ?? SupervisorOnly("barge-in");

    public Task SilentMonitorAsync(CancellationToken ct) => _member?.SilentMonitorAsync(ct) ?? _me?.SilentMonitorAsync(ct) ?? SupervisorOnly("monitor");

    public Task SupervisorCoachAsync(CancellationToken ct) => _member?.SupervisorCoachAsync(ct) ?? _me?.SupervisorCoachAsync(ct) ?? SupervisorOnly("coach");

    // The API has the supervisor modes only under members/: the bare paths have none. The usage rules
    // refuse such a command line, so getting here is a bug.
    private static Task SupervisorOnly(string command) => throw new InvalidOperationException(UsageMessages.NeedsMemberOrMe(command));
}
