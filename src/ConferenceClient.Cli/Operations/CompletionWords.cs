using System;
using System.Collections.Generic;
using System.Linq;
using Webex.Calling.Conference.Cli.Output;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference.Cli.Operations;

/// <summary>
/// The line an operation without a result prints: the tool's own words for the operations it has always
/// had, and the spec's summary for any other ("Barge in: done").
/// </summary>
internal static class CompletionWords
{
    private static readonly Dictionary<string, Func<IReadOnlyList<string>, string>> Words = new()
    {
        ["StartConference"] = ids => $"started a conference with {string.Join(", ", ids)}",
        ["ReleaseConference"] = _ => "released the conference",
        ["AddParticipant"] = ids => $"added {string.Join(", ", ids)} to the conference",
        ["Mute"] = ids => $"muted {HostOr(ids)}",
        ["Unmute"] = ids => $"unmuted {HostOr(ids)}",
        ["DeafenParticipant"] = ids => $"deafened {string.Join(", ", ids)}",
        ["UndeafenParticipant"] = ids => $"undeafened {string.Join(", ", ids)}",
        ["Hold"] = _ => "held the conference",
        ["Resume"] = _ => "resumed the conference",
        ["BargeIn"] = _ => "barged in",
        ["SilentMonitor"] = _ => "monitoring",
        ["SupervisorCoach"] = _ => "coaching",
    };

    /// <param name="command">The command as typed.</param>
    /// <param name="method">The operation's public method.</param>
    /// <param name="arguments">Its arguments, one per parameter.</param>
    public static Completion For(string command, PublicMethod method, IReadOnlyList<object?> arguments)
    {
        var callIds = CallIdsOf(method, arguments);
        var message = Words.TryGetValue(method.Name, out var words) ? words(callIds) : $"{method.Summary}: done";
        return new Completion(command, message, callIds);
    }

    // The calls it acted on, for --json's callIds: the values of its callId and callIds parameters.
    private static IReadOnlyList<string> CallIdsOf(PublicMethod method, IReadOnlyList<object?> arguments) =>
    [
        .. method.Parameters.Zip(arguments).Where(pair => pair.First.Name is "callId" or "callIds").SelectMany(pair => pair.Second switch
        {
            string id => [id],
            IEnumerable<string> ids => ids,
            _ => [],
        }),
    ];

    private static string HostOr(IReadOnlyList<string> callIds) => callIds.Count == 0 ? "the host" : string.Join(", ", callIds);
}
