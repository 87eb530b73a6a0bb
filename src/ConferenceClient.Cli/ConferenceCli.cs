using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Webex.Calling.Conference.Cli.Output;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference.Cli;

/// <summary>The whole tool behind <c>Program.cs</c>, with its console passed in so tests can run it in-process.</summary>
internal static class ConferenceCli
{
    public const string Name = "webex-conference";

    /// <summary>Parses <paramref name="args"/>, runs the command and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors, notices and the <c>--verbose</c> trace go.</param>
    /// <param name="environment">The environment variables to read; the process's when null.</param>
    /// <param name="configureClient">Adjusts the client's options last (tests use it for fewer retries and short timeouts).</param>
    /// <param name="cancellationToken">
    /// Cancels the command as Ctrl+C does (System.CommandLine cancels the same way on SIGINT and SIGTERM).
    /// </param>
    public static async Task<int> RunAsync(
        string[] args,
        TextWriter stdout,
        TextWriter stderr,
        IDictionary<string, string?>? environment = null,
        Action<ConferenceClientOptions>? configureClient = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        Func<string, string?> readVariable = environment is null
            ? Environment.GetEnvironmentVariable
            : name => environment.TryGetValue(name, out var value) ? value : null;
        var context = new CliContext(stdout, stderr, readVariable, configureClient);
        var commands = new ConferenceCommands(context);
        var root = commands.Create();
        var parseResult = root.Parse(args);

        // System.CommandLine answers parse errors with 1 and in plain text; usage errors here are 2,
        // whoever finds them, and JSON with --json.
        if (parseResult.Action is ParseErrorAction)
        {
            var (messages, explained) = UnknownWords.Explain(root, args, parseResult, commands.Rules.Takes);
            ConsoleOutput.Create(commands.Options.WantsJson(parseResult), verbose: false, stdout, stderr)
                .UsageErrors([.. messages.Select(m => WithoutTokens(m, args))], HelpFor(explained.CommandResult));
            return ExitCodes.Usage;
        }

        return await parseResult.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellationToken);
    }

    /// <summary>The command line that shows a command's usage, e.g. <c>webex-conference simulator serve --help</c>.</summary>
    public static string HelpFor(CommandResult command)
    {
        var names = new List<string> { "--help" };
        for (SymbolResult? result = command; result is CommandResult { Command: not RootCommand } commandResult; result = commandResult.Parent)
        {
            names.Insert(0, commandResult.Command.Name);
        }

        names.Insert(0, Name);
        return string.Join(' ', names);
    }

    // A misplaced --token (e.g. given twice) makes its value an unrecognised argument, which the parse
    // error would quote: the value is masked wherever it appears.
    private static string WithoutTokens(string message, string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var token = args[i] == "--token" && i + 1 < args.Length ? args[i + 1]
                : args[i].StartsWith("--token=", StringComparison.Ordinal) ? args[i]["--token=".Length..]
                : null;
            if (!string.IsNullOrWhiteSpace(token))
            {
                // The library's rule: a short token ("t") masks no letters of other words.
                message = TokenRedaction.Redact(message, token);
            }
        }

        return message;
    }
}
