using System.Collections.Generic;
using System.Linq;

namespace Webex.Calling.Conference.Cli;

/// <summary>
/// The usage errors of the tool, in its own words (commands, options and arguments): the validators
/// report them before anything is sent, and a guard of the library that still fires is told the same way.
/// </summary>
internal static class UsageMessages
{
    /// <summary>A string the guards refuse: required, <c>minLength</c>, and for a path segment not "." or "..".</summary>
    public static string BlankValue(string label, bool pathSegment) =>
        $"{(label.StartsWith('<') ? "a " : string.Empty)}{label} cannot be {(pathSegment ? "empty, blank, '.' or '..'" : "empty or blank")}.";

    /// <summary>A list of fewer values than the spec's <c>minItems</c>.</summary>
    public static string TooFew(string command, string label, int fewest, int given) =>
        $"{command} needs at least {fewest} {(label.StartsWith('<') ? label + "s" : label + " values")}; {given} given.";

    /// <summary>Any other value a guard refuses, with what the spec says of it.</summary>
    public static string Refused(string label, string description) => $"{label} was refused: {description}";

    public static string GivenTwice(string argument, string option) => $"give {argument} or {option}, not both.";

    public const string BlankLineOwner = "--line-owner cannot be empty or blank: leave it out to act on your own line.";

    public const string BadMember = "--member needs the ID of a person, workspace or virtual line (not blank, '.' or '..'); for your own conference use --me.";

    public const string MemberIsMe = "--member me names your own conference: use --me instead.";

    public const string BlankOrg = "--org cannot be empty or blank: leave it out for the Service App's own organisation.";

    public const string BlankToken = "--token is blank: pass a Webex access token.";

    public const string MemberAndMe = "--member and --me name two different conferences: give one.";

    public const string ConformanceCalls = "--calls takes exactly two different call IDs (yours, or with --member the member's), none blank: --calls A B.";

    public const string OrgWithoutMember = "--org is the organisation of --member: give --member too.";

    public const string LineOwnerWithMember = "--line-owner does not apply to --member: the members paths take no line owner.";

    public static string NoToken(string command) =>
        $"{command} talks to Webex and needs an access token: pass --token TOKEN or set {CommonOptions.TokenVariable}. "
        + $"To try it without Webex, add --simulator (or run '{ConferenceCli.Name} demo').";

    public static string SimulatorWith(string option) =>
        $"--simulator runs the command on the built-in simulator, which has its own address and token: leave out {option}.";

    public static string TakesNoLineOwner(string command) =>
        $"{command} takes no --line-owner: the API has no line owner for {command}.";

    public static string NeedsMemberOrMe(string command) =>
        $"{command} acts on a member's conference or your own through members/me: add --member ID or --me.";

    public static string NoMemberForm(string command) => $"{command} has no members/{{memberId}} path in the API: leave out --member.";

    public static string NoMeForm(string command) => $"{command} has no members/me path in the API: leave out --me.";

    public static string DemoTakesNo(string option) =>
        $"demo plays on its own built-in simulator and takes only --json and --verbose, not {option}.";

    public static string ConformanceTakesNo(string option) =>
        $"conformance reads your own conference and, with --member, a member's, and with --calls A B plays a short conference of two calls there: it takes no {option}.";

    /// <summary>A word where a command was expected, with the closest commands; <paramref name="words"/> is the command line so far.</summary>
    public static string NoCommand(string words, string word, IReadOnlyList<string> closest) =>
        $"{words} has no command '{word}'{(closest.Count > 0 ? $": did you mean {Either(closest)}?" : ".")}";

    /// <summary>An option the command does not have, with the closest it has, or else that its argument is no option.</summary>
    public static string NoOption(string command, string value, string? argument, IReadOnlyList<string> closest) =>
        $"{command} has no option '{value}'" + (closest.Count > 0 ? $": did you mean {Either(closest)}?"
            : argument is not null ? $" (a {argument} never starts with '-')." : ".");

    private static string Either(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}";

    public const string BlankServeToken = "--token is blank: give the token the simulator is to accept, or leave it out for a random one.";

    public const string BlankServeCall = "--calls has an empty call ID: give call IDs separated by commas, such as c1,c2,c3.";

    public static string ServeCallTwice(string callId) => $"--calls names {callId} twice: a call ID is unique on its line.";

    public static string ServeTakesNo(string option) =>
        $"simulator serve takes only --port, --token, --calls, --journal-limit, --journal-body-limit and --json, not {option}: it is the simulator, not a client of one.";

    public static string PortTaken(int port) =>
        $"simulator serve cannot listen on 127.0.0.1:{port}: the port is taken. Give another --port, or --port 0 for any free port.";
}
