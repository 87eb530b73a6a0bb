using System;
using System.CommandLine;
using System.CommandLine.Parsing;

namespace Webex.Calling.Conference.Cli;

/// <summary>
/// Reads a command's <see cref="ConnectionSettings"/>: each option over the environment variable behind
/// it, an empty variable counting as unset. A validator reads them to report every mistake as a usage
/// error before anything is sent; the command reads them again, by then without mistakes.
/// </summary>
internal sealed class ConnectionSettingsReader(CommonOptions options, CliContext context)
{
    /// <param name="result">The parse of the command.</param>
    /// <param name="report">Takes each usage error, in the tool's words.</param>
    public ConnectionSettings Read(SymbolResult result, Action<string> report)
    {
        var command = ApiCommand.WordOf((CommandResult)result);
        var simulator = CommonOptions.ValueOf(result, options.Simulator);
        string? token = null;
        Uri? baseAddress = null;
        if (simulator)
        {
            // The simulator has its own address and token: a given one would silently go unused.
            ReportIfGiven(result, options.Token, report, UsageMessages.SimulatorWith);
            ReportIfGiven(result, options.BaseUrl, report, UsageMessages.SimulatorWith);
        }
        else
        {
            token = TokenOf(result, command, report);
            baseAddress = CommonOptions.ValueOf(result, options.BaseUrl)
                ?? (TryVariable(CommonOptions.BaseUrlVariable, SettingValues.BaseAddress, report, out var fromVariable) ? fromVariable : null);
        }

        return new ConnectionSettings
        {
            Token = token,
            Simulator = simulator,
            BaseAddress = baseAddress,
            Timeout = CommonOptions.ValueOf(result, options.Timeout)
                ?? (TryVariable(CommonOptions.TimeoutVariable, SettingValues.Seconds, report, out var timeout) ? timeout : null),
            MaxRetries = CommonOptions.ValueOf(result, options.MaxRetries)
                ?? (TryVariable(CommonOptions.MaxRetriesVariable, SettingValues.Retries, report, out var retries) ? retries : null),
            LineOwnerId = CommonOptions.ValueOf(result, options.LineOwner),
            MemberId = CommonOptions.ValueOf(result, options.Member),
            OrgId = CommonOptions.ValueOf(result, options.Org),
            Me = CommonOptions.ValueOf(result, options.Me),
            Verbose = CommonOptions.ValueOf(result, options.Verbose),
        };
    }

    // No token is a usage error, never a silent fallback: a script whose secret failed to load must not
    // conclude that there is no conference.
    private string? TokenOf(SymbolResult result, string command, Action<string> report)
    {
        if (result.GetResult(options.Token) is not null)
        {
            var given = CommonOptions.ValueOf(result, options.Token);
            if (string.IsNullOrWhiteSpace(given))
            {
                report(UsageMessages.BlankToken);
                return null;
            }

            return given;
        }

        var token = NonEmpty(context.ReadVariable(CommonOptions.TokenVariable));
        if (token is null)
        {
            report(UsageMessages.NoToken(command));
        }

        return token;
    }

    // The variable's value when it is set and follows the setting's rule; a wrong one is reported under the variable's name.
    private bool TryVariable<T>(string name, SettingValue<T> setting, Action<string> report, out T value)
    {
        value = default!;
        if (NonEmpty(context.ReadVariable(name)) is not { } text)
        {
            return false;
        }

        if (setting.TryParse(text.Trim(), out value))
        {
            return true;
        }

        report(setting.Refusal(name, text));
        return false;
    }

    private static void ReportIfGiven(SymbolResult result, Option option, Action<string> report, Func<string, string> message)
    {
        if (result.GetResult(option) is not null)
        {
            report(message(option.Name));
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
