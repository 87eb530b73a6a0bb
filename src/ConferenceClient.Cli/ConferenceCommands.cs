using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using Webex.Calling.Conference.Cli.Conformance;
using Webex.Calling.Conference.Cli.Demo;
using Webex.Calling.Conference.Cli.Help;
using Webex.Calling.Conference.Cli.Operations;
using Webex.Calling.Conference.Cli.Output;
using Webex.Calling.Conference.Cli.Simulation;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference.Cli;

/// <summary>
/// The commands of the tool: one per operation of the spec, built from the library's operation table
/// (<see cref="OperationCommands"/>), run and printed here; and demo and simulator, written by hand.
/// </summary>
internal sealed class ConferenceCommands
{
    private const string ConformanceName = "conformance";
    private const string DemoName = "demo";
    private const string SimulatorName = "simulator";

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

    public CommonOptions Options => _options;

    /// <summary>The command <paramref name="word"/> names (an alias names its command), found without building the commands; null for none.</summary>
    public static string? CommandNamed(string word) =>
        word is ConformanceName or DemoName or SimulatorName ? word : OperationCommands.Named(word, ConferenceOperations.All);

    public UsageRules Rules => _rules;

    public RootCommand Create()
    {
        var root = new RootCommand("Controls the Webex Calling conference of the user whose access token is given.")
        {
            HelpName = ConferenceCli.Name,
        };
        _options.AddTo(root);
        RootHelpAction.Install(root, _rules.Takes);
        var operations = OperationCommands.Create(ConferenceOperations.All);
        _options.DescribeFor(operations);
        foreach (var command in operations)
        {
            root.Subcommands.Add(Api(command));
        }

        root.Subcommands.Add(Conformance());
        root.Subcommands.Add(Demo());
        root.Subcommands.Add(Simulator());
        return root;
    }

    private Command Conformance()
    {
        var command = new Command(
            ConformanceName,
            "Reads your conference (and --member's) and reports where the answers differ from the spec; sends only GETs unless --calls A B is given.");
        var calls = new Option<string[]>("--calls")
        {
            Description = "--calls A B: two different calls, yours or with --member the member's. Plays a short conference of them on that line (start, mute, unmute, hold, resume, read, release; always released) and checks those answers too.",
            AllowMultipleArgumentsPerToken = true,
        };
        command.Options.Add(calls);
        var o = _options;
        _rules.TakeOnly(command, UsageMessages.ConformanceTakesNo, o.Token, o.Simulator, o.BaseUrl, o.Timeout, o.MaxRetries, o.Member, o.Org, o.Json, o.Verbose);
        command.Validators.Add(result =>
        {
            _settings.Read(result, result.AddError);
            if (result.GetResult(o.Org) is not null && result.GetResult(o.Member) is null)
            {
                result.AddError(UsageMessages.OrgWithoutMember);
            }

            if (result.GetResult(calls) is not null && CallsOf(result.GetValue(calls)) is null)
            {
                result.AddError(UsageMessages.ConformanceCalls);
            }
        });
        command.SetAction((parseResult, ct) =>
        {
            var settings = _settings.Read(parseResult.CommandResult, error => throw new InvalidOperationException($"Checked while parsing: {error}"));
            var endpoint = Endpoint.For(settings);
            return RunReportingFailuresAsync(parseResult, endpoint, changes: false, async output =>
            {
                using var connection = await ConferenceConnection.OpenAsync(settings, "GetConferenceDetails", endpoint, output, _context, ct);
                var report = await ConformanceCheck.RunAsync(connection.Options, endpoint, settings, CallsOf(parseResult.GetValue(calls)), output.Notice, ct);
                output.Conformance(report);
                return report.Conforms ? ExitCodes.Success : ExitCodes.Drift;
            }, ct);
        });
        return command;
    }

    private static (string A, string B)? CallsOf(string[]? calls) =>
        calls is [var a, var b] && !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && a != b ? (a, b) : null;

    private Command Demo()
    {
        var command = new Command(
            DemoName,
            "Plays a scripted conference on the built-in simulator, showing it after each step; needs no token.");
        _rules.TakeOnly(command, UsageMessages.DemoTakesNo, _options.Json, _options.Verbose);
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
    private Command Simulator() => new(SimulatorName, "The simulator on its own, for tests that are not .NET.")
    {
        ServeCommand.Create(_options, _rules, _context),
    };

    // Every mistake of the command line is reported while parsing, the library's guards included, so
    // nothing is sent for it.
    private ApiCommand Api(ApiCommand command)
    {
        command.Validators.Add(result =>
        {
            var settings = _settings.Read(result, result.AddError);
            var operation = _rules.CheckScope(result, command, result.AddError);
            OperationUsage.Check(result, command, operation, settings, result.AddError);
        });
        command.SetAction((parseResult, ct) =>
        {
            var settings = _settings.Read(parseResult.CommandResult, error => throw new InvalidOperationException($"Checked while parsing: {error}"));
            var operation = command.In(OperationArguments.ScopeOf(settings)) ?? throw new InvalidOperationException("Checked while parsing: a scope the operation has.");
            var method = operation.Public!;
            var endpoint = Endpoint.For(settings);
            return RunReportingFailuresAsync(parseResult, endpoint, changes: operation.Method != "GET", async output =>
            {
                using var connection = await ConferenceConnection.OpenAsync(settings, method.Name, endpoint, output, _context, ct);
                try
                {
                    var arguments = OperationArguments.Of(method, command, parseResult.CommandResult, settings);
                    var result = await method.Invoke(connection.Client, arguments, ct);
                    Print(output, ApiCommand.WordOf(parseResult.CommandResult), method, arguments, result, endpoint.LastAnswer);
                }
                finally
                {
                    // An undocumented error status is drift too: said before the failure's report.
                    DriftNotices.Print(output, connection.Client);
                }
            }, ct);
        });
        return command;
    }

    // The conference as show always printed it, another answer as JSON, no answer as a line of what was done;
    // the answer's own text where it has one (sent), so dates and unknown fields read as the API wrote them.
    private static void Print(ConsoleOutput output, string word, PublicMethod method, object?[] arguments, object? result, string? sent)
    {
        switch (result)
        {
            case ConferenceDetails details:
                output.Conference(details, SentAnswer.Of(sent, details));
                break;
            case not null:
                output.Result(SentAnswer.Of(sent, result));
                break;
            default:
                output.Completed(CompletionWords.For(word, method, arguments));
                break;
        }
    }

    // Expected failures become a report on stderr and an exit code; anything else is a bug, left to System.CommandLine.
    private Task<int> RunReportingFailuresAsync(
        ParseResult parseResult, Endpoint endpoint, bool changes, Func<ConsoleOutput, Task> run, CancellationToken cancellationToken) =>
        RunReportingFailuresAsync(parseResult, endpoint, changes, async output =>
        {
            await run(output);
            return ExitCodes.Success;
        }, cancellationToken);

    private async Task<int> RunReportingFailuresAsync(
        ParseResult parseResult, Endpoint endpoint, bool changes, Func<ConsoleOutput, Task<int>> run, CancellationToken cancellationToken)
    {
        var command = ApiCommand.WordOf(parseResult.CommandResult);
        var output = ConsoleOutput.Create(parseResult.GetValue(_options.Json), parseResult.GetValue(_options.Verbose), _context.Stdout, _context.Stderr);
        try
        {
            return await run(output);
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
