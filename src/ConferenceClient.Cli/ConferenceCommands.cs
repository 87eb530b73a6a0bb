using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Threading;
using System.Threading.Tasks;
using Webex.Calling.Conference.Cli.Demo;
using Webex.Calling.Conference.Cli.Help;
using Webex.Calling.Conference.Cli.Output;
using Webex.Calling.Conference.Cli.Simulation;

namespace Webex.Calling.Conference.Cli;

/// <summary>The commands of the tool: their arguments, the client call each makes, and what each prints.</summary>
internal sealed class ConferenceCommands
{
    /// <summary>
    /// The operationIds of the spec that no command serves, on purpose, each with why. The spec-coverage
    /// test fails for any other operation that no command reaches.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> OperationsLeftOut = new Dictionary<string, string>();

    private readonly CliContext _context;
    private readonly CommonOptions _options = new();
    private readonly ConnectionSettingsReader _settings;
    private readonly UsageRules _rules;

    public ConferenceCommands(CliContext context)
    {
        _context = context;
        _settings = new ConnectionSettingsReader(_options, context);
        _rules = new UsageRules(_options);
    }

    private delegate Task ApiAction(ParseResult parseResult, ConferenceTarget target, ConsoleOutput output, CancellationToken cancellationToken);

    public CommonOptions Options => _options;

    public RootCommand Create()
    {
        var root = new RootCommand("Controls the Webex Calling conference of the user whose access token is given.")
        {
            HelpName = ConferenceCli.Name,
        };
        _options.AddTo(root);
        RootHelpAction.Install(root);
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
            SupervisorCommand("barge-in", "Barges in on a member's conference (--member) or your own (--me): everyone hears the supervisor.", "barged in",
                (target, ct) => target.BargeInAsync(ct)),
            SupervisorCommand("monitor", "Monitors a member's conference (--member) or your own (--me) silently: no one hears the supervisor.", "monitoring",
                (target, ct) => target.SilentMonitorAsync(ct)),
            SupervisorCommand("coach", "Coaches in a member's conference (--member) or your own (--me): only the agent hears the supervisor.", "coaching",
                (target, ct) => target.SupervisorCoachAsync(ct)),
            Demo(),
            Simulator(),
        ];
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    private ApiCommand Show() => Api(
        new ApiCommand("show", "Shows the conference: its state, whether the host is muted, and each participant."),
        [],
        async (_, target, output, ct) => output.Conference(await target.GetConferenceDetailsAsync(ct)));

    private ApiCommand Start()
    {
        var callIds = CallIdArguments.TwoOrMore("The call IDs to join: two or more of the user's calls.");
        var command = Api(new ApiCommand("start", "Joins two or more of the user's calls into a conference."), [callIds], async (parseResult, target, output, ct) =>
        {
            var ids = parseResult.GetValue(callIds)!;
            await target.StartConferenceAsync(ids, ct);
            output.Completed(new Completion("start", $"started a conference with {string.Join(", ", ids)}", ids));
        });
        command.Validators.Add(result => CallIdArguments.CheckCount(result, callIds));
        return command;
    }

    private ApiCommand Add()
    {
        var callId = CallIdArguments.One("The call ID of one of the user's calls.");
        return Api(new ApiCommand("add", "Adds one of the user's calls to the conference."), [callId], async (parseResult, target, output, ct) =>
        {
            var id = parseResult.GetValue(callId)!;
            await target.AddParticipantAsync(id, ct);
            output.Completed(new Completion("add", $"added {id} to the conference", [id]));
        });
    }

    private ApiCommand ConferenceCommand(string name, string description, string done, Func<ConferenceTarget, CancellationToken, Task> act) =>
        Api(new ApiCommand(name, description), [], async (_, target, output, ct) =>
        {
            await act(target, ct);
            output.Completed(new Completion(name, done, []));
        });

    // The API has the supervisor modes only under members/, and no line owner there.
    private ApiCommand SupervisorCommand(string name, string description, string done, Func<ConferenceTarget, CancellationToken, Task> act) =>
        Api(new ApiCommand(name, description) { TakesLineOwner = false, NeedsMemberOrMe = true }, [], async (_, target, output, ct) =>
        {
            await act(target, ct);
            output.Completed(new Completion(name, done, []));
        });

    private ApiCommand ParticipantCommand(string name, string description, string done, Func<ConferenceTarget, string, CancellationToken, Task> act)
    {
        var callId = CallIdArguments.One("The call ID of a participant.");
        return Api(new ApiCommand(name, description) { TakesLineOwner = false }, [callId], async (parseResult, target, output, ct) =>
        {
            var id = parseResult.GetValue(callId)!;
            await act(target, id, ct);
            output.Completed(new Completion(name, $"{done} {id}", [id]));
        });
    }

    private ApiCommand HostOrParticipantCommand(string name, string description, string done, Func<ConferenceTarget, string?, CancellationToken, Task> act)
    {
        var callId = CallIdArguments.Optional("The call ID of a participant; leave it out for the host.");
        return Api(new ApiCommand(name, description) { TakesLineOwner = false }, [callId], async (parseResult, target, output, ct) =>
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
        command.Validators.Add(result => _rules.CheckDemo(result, result.AddError));
        command.SetAction((parseResult, ct) =>
        {
            var settings = new ConnectionSettings { Simulator = true, Verbose = parseResult.GetValue(_options.Verbose) };
            var endpoint = Endpoint.For(settings);
            return RunReportingFailuresAsync(parseResult, endpoint, changes: false, output =>
                DemoScript.RunAsync(output, settings, endpoint, _context, ct), ct);
        });
        return command;
    }

    // A group, so that more than serve can follow.
    private Command Simulator() => new("simulator", "The simulator on its own, for tests that are not .NET.")
    {
        ServeCommand.Create(_options, _rules, _context),
    };

    // Every mistake of the command line is reported while parsing, so nothing is sent for it.
    private ApiCommand Api(ApiCommand command, IEnumerable<Argument> arguments, ApiAction action)
    {
        foreach (var argument in arguments)
        {
            command.Arguments.Add(argument);
        }

        command.Validators.Add(result =>
        {
            _settings.Read(result, result.AddError);
            _rules.CheckScope(result, command, result.AddError);
        });
        command.SetAction((parseResult, ct) =>
        {
            var settings = _settings.Read(parseResult.CommandResult, error => throw new InvalidOperationException($"Checked while parsing: {error}"));
            var endpoint = Endpoint.For(settings);
            return RunReportingFailuresAsync(parseResult, endpoint, changes: command.Name != "show", async output =>
            {
                using var connection = await ConferenceConnection.OpenAsync(settings, command.Name, endpoint, output, _context, ct);
                await action(parseResult, connection.Target, output, ct);
            }, ct);
        });
        return command;
    }

    // Expected failures become a report on stderr and an exit code; anything else is a bug, left to System.CommandLine.
    private async Task<int> RunReportingFailuresAsync(
        ParseResult parseResult, Endpoint endpoint, bool changes, Func<ConsoleOutput, Task> run, CancellationToken cancellationToken)
    {
        var command = parseResult.CommandResult.Command.Name;
        var output = ConsoleOutput.Create(parseResult.GetValue(_options.Json), parseResult.GetValue(_options.Verbose), _context.Stdout, _context.Stderr);
        try
        {
            await run(output);
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            output.Failure(FailureReport.Cancelled(command, endpoint, changes));
            return ExitCodes.Cancelled;
        }
        catch (Exception error) when (ExitCodes.For(error) is not null)
        {
            var report = FailureReport.Of(error, endpoint, command);
            output.Failure(report);
            return report.ExitCode;
        }
    }
}
