using System;
using System.Threading;
using System.Threading.Tasks;
using Webex.Calling.Conference.Cli.Output;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli.Simulation;

/// <summary>
/// <c>--simulator</c>: the calls a command needs, made up front on the line or member its options name,
/// so that any command can be played in one run: three calls for start, and for every other command a
/// conference of the first two with the third to spare.
/// </summary>
internal static class SimulatorSeed
{
    // The operation that starts a conference gets the calls only.
    private const string StartConference = "StartConference";

    private static readonly string[] Calls = ["call-1", "call-2", "call-3"];

    private static readonly string[] Conference = ["call-1", "call-2"];

    public static async Task<SeededCalls> PlantAsync(ConferenceSimulator simulator, ConnectionSettings settings, string operation, CancellationToken cancellationToken)
    {
        foreach (var callId in Calls)
        {
            if (settings.MemberId is { } memberId)
            {
                simulator.AddMemberCall(memberId, callId);
            }
            else
            {
                simulator.AddCall(callId, settings.LineOwnerId);
            }
        }

        string[] conference = operation == StartConference ? [] : Conference;
        if (conference.Length > 0)
        {
            // Through a client of its own, so that neither the trace nor the attempts of the command show it.
            var client = new ConferenceControlsClient(new ConferenceClientOptions
            {
                AccessToken = simulator.AccessToken,
                BaseAddress = simulator.BaseAddress,
                LineOwnerId = settings.LineOwnerId,
            });
            // members/me is the user's own line: its conference is the user's.
            var start = settings.MemberId is { } memberId
                ? client.ForMember(memberId, settings.OrgId).StartConferenceAsync(conference, cancellationToken)
                : client.StartConferenceAsync(conference, cancellationToken: cancellationToken);
            await start;
        }

        var where = settings.MemberId is { } member ? $"of member {member}"
            : settings.LineOwnerId is { } lineOwner ? $"on the line of {lineOwner}"
            : "on your own line";
        var state = conference.Length > 0 ? $"with {string.Join(" and ", conference)} in a conference" : "and no conference yet";
        return new SeededCalls(
            $"--simulator: the built-in simulator has the calls {string.Join(", ", Calls[..^1])} and {Calls[^1]} {where}, {state}.",
            Calls,
            conference);
    }
}
