using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using Webex.Calling.Conference.Cli.Demo;
using Webex.Calling.Conference.Cli.Output;

namespace Webex.Calling.Conference.Cli;

/// <summary>The commands of the tool: their arguments, the client call each makes, and what each prints.</summary>
internal sealed class ConferenceCommands(CliContext context)
{
    private delegate Task ApiAction(ParseResult parseResult, ConferenceTarget target, ConsoleOutput output, CancellationToken cancellationToken);

    /// <summary>
    /// The operationIds of the spec that no command serves, on purpose, each with why. The spec-coverage
    /// test fails for any other operation that no command reaches.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> OperationsLeftOut = new Dictionary<string, string>();

    private readonly CommonOptions _options = new();

    public RootCommand Create()
    {
        var root = new RootCommand("Controls the Webex Calling conference of the user whose access token is given.")
        {
            HelpName = ConferenceCli.Name,
        };
        Command[] commands =
        [
            Show(),
            Start(),
            ConferenceCommand("release", "Ends the conference for the host and every participant.", "released the conference",
                (target, ct) => target.ReleaseConferenceAsync(ct)),
            Add(),
            HostOrParticipantCommand("mute", "Mutes a participant, or the host when no call ID is given.", "muted",
                (target, callId, ct) => target.MuteAsync(callId, ct)),
            HostOrParticipantCommand("unmute", "Unmutes a participant, or the host when no call ID is given.", "unmuted",
                (target, callId, ct) => target.UnmuteAsync(callId, ct)),
            ParticipantCommand("deafen", "Stops sending the conference audio to a participant.", "deafened",
                (target, callId, ct) => target.DeafenParticipantAsync(callId, ct)),
            ParticipantCommand("undeafen", "Sends the conference audio to a participant again.", "undeafened",
                (target, callId, ct) => target.UndeafenParticipantAsync(callId, ct)),
            ConferenceCommand("hold", "Puts the conference host on hold.", "held the conference",
                (target, ct) => target.HoldAsync(ct)),
            ConferenceCommand("resume", "Takes the held conference host off hold.", "resumed the conference",
                (target, ct) => target.ResumeAsync(ct)),
            ConferenceCommand("barge-in", "Barges in on a member's conference (--member) or your own (--me): everyone hears the supervisor.", "barged in",
                (target, ct) => target.BargeInAsync(ct), takesLineOwner: false),
            ConferenceCommand("monitor", "Monitors a member's conference (--member) or your own (--me) silently: no one hears the supervisor.", "monitoring",
                (target, ct) => target.SilentMonitorAsync(ct), takesLineOwner: false),
            ConferenceCommand("coach", "Coaches in a member's conference (--member) or your own (--me): only the agent hears the supervisor.", "coaching",
                (target, ct) => target.SupervisorCoachAsync(ct), takesLineOwner: false),
            Demo(),
        ];
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    private Command Show() => ApiCommand(
        "show", takesLineOwner: true,
        "Shows the conference: its state, whether the host is muted, and each participant.",
        [],
        async (_, target, output, ct) => output.Conference(await target.GetConferenceDetailsAsync(ct)));

    private Command Start()
    {
        // One or more, not two: the client's own guard says that a conference needs two.
        var callIds = new Argument<string[]>("callId") { Description = "The call IDs to join: two or more of the user's calls.", Arity = ArgumentArity.OneOrMore };
        return ApiCommand("start", takesLineOwner: true, "Joins two or more of the user's calls into a conference.", [callIds], async (parseResult, target, output, ct) =>
        {
            var ids = parseResult.GetValue(callIds)!;
            await target.StartConferenceAsync(ids, ct);
            output.Completed(new Completion("start", $"started a conference with {string.Join(", ", ids)}", ids));
        });
    }

    private Command Add()
    {
        var callId = ParticipantCallId("The call ID of one of the user's calls.");
        return ApiCommand("add", takesLineOwner: true, "Adds one of the user's calls to the conference.", [callId], async (parseResult, target, output, ct) =>
        {
            var id = parseResult.GetValue(callId)!;
            await target.AddParticipantAsync(id, ct);
            output.Completed(new Completion("add", $"added {id} to the conference", [id]));
        });
    }

    private Command ConferenceCommand(string name, string description, string done, Func<ConferenceTarget, CancellationToken, Task> act, bool takesLineOwner = true) =>
        ApiCommand(name, takesLineOwner, description, [], async (_, target, output, ct) =>
        {
            await act(target, ct);
            output.Completed(new Completion(name, done, []));
        });

    private Command ParticipantCommand(string name, string description, string done, Func<ConferenceTarget, string, CancellationToken, Task> act)
    {
        var callId = ParticipantCallId("The call ID of a participant.");
        return ApiCommand(name, takesLineOwner: false, description, [callId], async (parseResult, target, output, ct) =>
        {
            var id = parseResult.GetValue(callId)!;
            await act(target, id, ct);
            output.Completed(new Completion(name, $"{done} {id}", [id]));
        });
    }

    private Command HostOrParticipantCommand(string name, string description, string done, Func<ConferenceTarget, string?, CancellationToken, Task> act)
    {
        var callId = new Argument<string?>("callId") { Description = "The call ID of a participant; leave it out for the host.", Arity = ArgumentArity.ZeroOrOne };
        return ApiCommand(name, takesLineOwner: false, description, [callId], async (parseResult, target, output, ct) =>
        {
            var id = parseResult.GetValue(callId);
            await act(target, id, ct);
            output.Completed(id is null ? new Completion(name, $"{done} the host", []) : new Completion(name, $"{done} {id}", [id]));
        });
    }

    private Command Demo()
    {
        var command = new Command(
            "demo",
            "Plays a scripted conference on the built-in simulator, showing it after each step; needs no token.");
        _options.AddOutputOptions(command);
        command.SetAction((parseResult, ct) => RunReportingFailuresAsync(parseResult, output =>
            DemoScript.RunAsync(output, parseResult.GetValue(_options.Verbose), context, ct)));
        return command;
    }

    private Command ApiCommand(string name, bool takesLineOwner, string description, IEnumerable<Argument> arguments, ApiAction action)
    {
        var command = new Command(name, description);
        foreach (var argument in arguments)
        {
            command.Arguments.Add(argument);
        }

        _options.AddConnectionOptions(command, takesLineOwner);
        command.SetAction((parseResult, ct) => RunReportingFailuresAsync(parseResult, async output =>
        {
            using var connection = ConferenceConnection.Open(_options.ConnectionOf(parseResult, context), context);
            await action(parseResult, connection.Target, output, ct);
        }));
        return command;
    }

    // Expected failures become a message on stderr and an exit code; anything else is a bug, left to System.CommandLine.
    private async Task<int> RunReportingFailuresAsync(ParseResult parseResult, Func<ConsoleOutput, Task> run)
    {
        var output = ConsoleOutput.Create(parseResult.GetValue(_options.Json), context.Stdout, context.Stderr);
        try
        {
            await run(output);
            return ExitCodes.Success;
        }
        catch (Exception error) when (ExitCodes.For(error) is { } exitCode)
        {
            output.Failure(error);
            return exitCode;
        }
    }

    private static Argument<string> ParticipantCallId(string description) => new("callId") { Description = description };
}
