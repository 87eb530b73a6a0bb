using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;

namespace Webex.Calling.Conference.Cli;

/// <summary>
/// The options of the tool: where to connect, whose conference, and how to print. They are recursive
/// options of the root command, so they may come before or after the command; which command takes
/// which is checked by <see cref="UsageRules"/>.
/// </summary>
internal sealed class CommonOptions
{
    public const string TokenVariable = "WEBEX_ACCESS_TOKEN";
    public const string BaseUrlVariable = "WEBEX_BASE_URL";
    public const string TimeoutVariable = "WEBEX_TIMEOUT";
    public const string MaxRetriesVariable = "WEBEX_MAX_RETRIES";

    public CommonOptions()
    {
        Refuse(BaseUrl, SettingValues.BaseAddress);
        Refuse(Timeout, SettingValues.Seconds);
        Refuse(MaxRetries, SettingValues.Retries);
        LineOwner.Validators.Add(result => RefuseBlank(result, UsageMessages.BlankLineOwner));
        Org.Validators.Add(result => RefuseBlank(result, UsageMessages.BlankOrg));
        Member.Validators.Add(result =>
        {
            var member = result.GetValueOrDefault<string?>();
            if (member is "me")
            {
                result.AddError(UsageMessages.MemberIsMe);
            }
            else if (string.IsNullOrWhiteSpace(member) || member is "." or "..")
            {
                // "." and ".." would name another path once escaped into members/{memberId}.
                result.AddError(UsageMessages.BadMember);
            }
        });
    }

    public Option<string?> Token { get; } = new("--token")
    {
        Description = $"The Webex access token (default: ${TokenVariable}). Commands that talk to Webex need one, or --simulator. "
            + "For simulator serve, the token the simulator accepts (default: a new random one; never the variable).",
        HelpName = "token",
        Recursive = true,
    };

    public Option<bool> Simulator { get; } = new("--simulator")
    {
        Description = "Run the command on a built-in simulator instead of Webex, with the calls call-1, call-2 and call-3 made up front "
            + "on the line or member the options name, and call-1 and call-2 in a conference (except for start).",
        Recursive = true,
    };

    public Option<Uri?> BaseUrl { get; } = new("--base-url")
    {
        Description = $"The API root (default: ${BaseUrlVariable}, else {ConferenceClientOptions.DefaultBaseAddressText}); https, or http on a loopback address.",
        HelpName = "url",
        Recursive = true,
        CustomParser = result => ValueOrPlaceholder(result, SettingValues.BaseAddress),
    };

    public Option<TimeSpan?> Timeout { get; } = new("--timeout")
    {
        Description = $"How long one attempt may take, in seconds (default: ${TimeoutVariable}, else 30).",
        HelpName = "seconds",
        Recursive = true,
        CustomParser = result => ValueOrPlaceholder(result, SettingValues.Seconds),
    };

    public Option<int?> MaxRetries { get; } = new("--max-retries")
    {
        Description = $"How many times a failed attempt may be retried, 0 to {SettingValues.MostRetries} (default: ${MaxRetriesVariable}, else 3).",
        HelpName = "n",
        Recursive = true,
        CustomParser = result => ValueOrPlaceholder(result, SettingValues.Retries),
    };

    public Option<string?> LineOwner { get; } = new("--line-owner")
    {
        Description = "Act on the secondary line of this user, workspace or virtual line.",
        HelpName = "id",
        Recursive = true,
    };

    public Option<string?> Member { get; } = new("--member")
    {
        Description = "Act on the conference of this member (person, workspace or virtual line), as an administrator's Service App.",
        HelpName = "id",
        Recursive = true,
    };

    public Option<string?> Org { get; } = new("--org")
    {
        Description = "The organisation of --member (default: the Service App's own).",
        HelpName = "id",
        Recursive = true,
    };

    public Option<bool> Me { get; } = new("--me")
    {
        Description = "Act on your own conference through the members/me paths.",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print JSON Lines: one JSON object per line, on stdout and on stderr.",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Trace every attempt on stderr (the token shown as ***), and the whole chain of causes of a failure.",
        Recursive = true,
    };

    /// <summary>The options of a command that talks to the API, which demo does not take.</summary>
    public IReadOnlyList<Option> Connection => [Token, Simulator, BaseUrl, Timeout, MaxRetries, LineOwner, Member, Org, Me];

    /// <summary>Every common option, in the order the help lists them.</summary>
    public IReadOnlyList<Option> All => [.. Connection, Json, Verbose];

    /// <summary>Adds to --line-owner and --max-retries which commands they concern, as the spec says of their operations.</summary>
    public void DescribeFor(IReadOnlyList<ApiCommand> commands)
    {
        LineOwner.Description += $" Taken by {Names(commands.Where(c => c.TakesLineOwner))}.";
        var neverResent = commands.Where(c => c.Scopes.Any(s => c.In(s)!.IsIdempotent is false)).ToList();
        if (neverResent.Count > 0)
        {
            MaxRetries.Description += $" Never resent once they may have reached the API: {Names(neverResent)}.";
        }

        static string Names(IEnumerable<ApiCommand> commands) => string.Join(", ", commands.Select(c => c.Aliases.FirstOrDefault() ?? c.Name));
    }

    public void AddTo(RootCommand root)
    {
        foreach (var option in All)
        {
            root.Options.Add(option);
        }
    }

    /// <summary>Whether a parse, even a failed one, asked for JSON: its usage errors are then JSON too.</summary>
    public bool WantsJson(ParseResult parseResult) => ValueOf(parseResult.CommandResult, Json);

    /// <summary>
    /// The option's value as given, or its default when it is not given or cannot be read: validators
    /// read values through this, and a value that cannot be read (an option given twice, say) already
    /// has its own parse error.
    /// </summary>
    public static T? ValueOf<T>(SymbolResult result, Option<T> option)
    {
        if (result.GetResult(option) is null)
        {
            return default;
        }

        try
        {
            return result.GetValue(option);
        }
        catch (InvalidOperationException)
        {
            return default;
        }
    }

    // The parser never fails, so that a refused text reads as the setting's placeholder instead of
    // throwing; the option's validator reports it (Refuse).
    internal static T ValueOrPlaceholder<T>(ArgumentResult result, SettingValue<T> setting)
    {
        _ = setting.TryParse(result.Tokens[0].Value, out var value);
        return value;
    }

    /// <summary>Reports a text that breaks the setting's rule as a usage error, in the setting's words.</summary>
    internal static void Refuse<T, TSetting>(Option<T> option, SettingValue<TSetting> setting) =>
        option.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && !setting.TryParse(token.Value, out _))
            {
                result.AddError(setting.Refusal(option.Name, token.Value));
            }
        });

    private static void RefuseBlank(OptionResult result, string message)
    {
        if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string?>()))
        {
            result.AddError(message);
        }
    }
}
