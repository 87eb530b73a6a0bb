using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using Webex.Calling.Conference.Cli.Output;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli.Simulation;

/// <summary>
/// The command line of <c>simulator serve</c>: its own options --port, --calls and the journal's limits, checked while parsing,
/// and of the common options only --token (the token the simulator accepts) and --json.
/// </summary>
internal static class ServeCommand
{
    public const string Name = "serve";

    public static Command Create(CommonOptions options, UsageRules rules, CliContext context)
    {
        var port = new Option<int>("--port")
        {
            Description = "The port on 127.0.0.1 (default: 0, any free port). A port that is taken is a usage error (exit 2).",
            HelpName = "port",
            CustomParser = result => CommonOptions.ValueOrPlaceholder(result, SettingValues.Port),
        };
        CommonOptions.Refuse(port, SettingValues.Port);

        var calls = new Option<string[]>("--calls")
        {
            Description = "Calls to make up front on your own line, separated by commas, such as c1,c2,c3.",
            HelpName = "callId,...",
            CustomParser = result => CallIdsOf(result.Tokens[0].Value),
        };
        calls.Validators.Add(CheckCalls);

        var journalLimit = new Option<int>("--journal-limit")
        {
            Description = "The most requests the journal keeps, the oldest dropped first.",
            HelpName = "requests",
            DefaultValueFactory = _ => ConferenceSimulatorOptions.DefaultJournalLimit,
            CustomParser = result => CommonOptions.ValueOrPlaceholder(result, SettingValues.JournalLimit),
        };
        CommonOptions.Refuse(journalLimit, SettingValues.JournalLimit);

        var journalBodyLimit = new Option<int>("--journal-body-limit")
        {
            Description = "The most bytes of each request body the journal keeps; a longer one is cut and marked bodyTruncated.",
            HelpName = "bytes",
            DefaultValueFactory = _ => ConferenceSimulatorOptions.DefaultJournalBodyLimit,
            CustomParser = result => CommonOptions.ValueOrPlaceholder(result, SettingValues.JournalBodyLimit),
        };
        CommonOptions.Refuse(journalBodyLimit, SettingValues.JournalBodyLimit);

        var command = new Command(
            Name,
            "Runs the simulator as a server on 127.0.0.1 for tests in any language, until Ctrl+C or SIGTERM (its normal end: exit 0). "
            + "It serves the API under /v1/ and its control API under /_simulator/, and first prints one line with the API root, "
            + "the token and the control root (a JSON object with --json).")
        {
            port,
            calls,
            journalLimit,
            journalBodyLimit,
        };
        rules.TakeOnly(command, UsageMessages.ServeTakesNo, options.Token, options.Json);
        command.Validators.Add(result => rules.CheckServe(result, result.AddError));
        command.SetAction((parseResult, stop) =>
        {
            var settings = new ServeSettings(
                parseResult.GetValue(port),
                parseResult.GetValue(options.Token),
                parseResult.GetValue(calls) ?? [],
                parseResult.GetValue(journalLimit),
                parseResult.GetValue(journalBodyLimit),
                ConferenceCli.HelpFor(parseResult.CommandResult));
            var output = ConsoleOutput.Create(parseResult.GetValue(options.Json), verbose: false, context.Stdout, context.Stderr);
            return SimulatorServer.ServeAsync(settings, output, stop);
        });
        return command;
    }

    // "c1, c2" is two calls, c1 and c2: the spaces around a comma are a typing habit, not part of an ID.
    private static string[] CallIdsOf(string text) => text.Split(',', StringSplitOptions.TrimEntries);

    private static void CheckCalls(OptionResult result)
    {
        if (result.Tokens is not [var token])
        {
            return;
        }

        var callIds = CallIdsOf(token.Value);
        if (callIds.Any(id => id.Length == 0))
        {
            result.AddError(UsageMessages.BlankServeCall);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var twice in callIds.Where(id => id.Length > 0 && !seen.Add(id)).Distinct(StringComparer.Ordinal))
        {
            result.AddError(UsageMessages.ServeCallTwice(twice));
        }
    }
}
