using System;
using System.CommandLine.Parsing;
using System.Linq;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference.Cli.Operations;

/// <summary>The operation's own usage checks of a command line: a value given twice, and the library's guards.</summary>
internal static class OperationUsage
{
    /// <param name="result">The parse of the command.</param>
    /// <param name="command">The command.</param>
    /// <param name="operation">The operation in the scope the options name; null when they name none it has.</param>
    /// <param name="settings">The scope's values.</param>
    /// <param name="report">Takes each usage error.</param>
    public static void Check(CommandResult result, ApiCommand command, ConferenceOperation? operation, ConnectionSettings settings, Action<string> report)
    {
        foreach (var symbol in command.Parameters.Where(s => s.GivenTwice(result)))
        {
            report(UsageMessages.GivenTwice($"<{symbol.Argument!.Name}>", symbol.Option!.Name));
        }

        // A missing argument has its own parse error; the guards would only say it again.
        if (operation?.Public is not { } method || command.Parameters.Any(s => s.Parameter.IsRequired && result.GetResult(s.Argument!) is null))
        {
            return;
        }

        object?[] arguments;
        try
        {
            arguments = OperationArguments.Of(method, command, result, settings);
        }
        catch (InvalidOperationException)
        {
            // A value that cannot be read already has its parse error.
            return;
        }

        if (GuardCheck.Refusal(method, arguments) is { } refused && GuardWords.For(refused, command, result) is { } message)
        {
            report(message);
        }
    }
}
