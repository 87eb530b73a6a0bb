using System;
using System.CommandLine;
using System.CommandLine.Parsing;

namespace Webex.Calling.Conference.Cli;

/// <summary>The options every command takes: where to connect, and how to print.</summary>
internal sealed class CommonOptions
{
    public const string TokenVariable = "WEBEX_ACCESS_TOKEN";

    public Option<string?> Token { get; } = new("--token")
    {
        Description = $"The Webex access token (default: ${TokenVariable}). Without one, a built-in simulator answers.",
    };

    public Option<string?> LineOwner { get; } = new("--line-owner")
    {
        Description = "Act on the secondary line of this user, workspace or virtual line.",
    };

    public Option<string?> Member { get; } = new("--member")
    {
        Description = "Act on the conference of this member (person, workspace or virtual line), as an administrator's Service App.",
    };

    public Option<string?> Org { get; } = new("--org")
    {
        Description = "The organisation of --member (default: the Service App's own).",
    };

    public Option<bool> Me { get; } = new("--me")
    {
        Description = "Act on your own conference through the members/me paths.",
    };

    public Option<Uri?> BaseUrl { get; } = new("--base-url")
    {
        Description = $"The API root (default: {ConferenceClientOptions.DefaultBaseAddress}).",
        CustomParser = AbsoluteUri,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print JSON instead of text, one object per line.",
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Trace every request and response on stderr (the token is shown as ***).",
    };

    /// <param name="command">The command.</param>
    /// <param name="takesLineOwner">False for mute, unmute, deafen and undeafen: the API takes no line owner there.</param>
    public void AddConnectionOptions(Command command, bool takesLineOwner)
    {
        command.Options.Add(Token);
        if (takesLineOwner)
        {
            command.Options.Add(LineOwner);
        }

        command.Options.Add(Member);
        command.Options.Add(Org);
        command.Options.Add(Me);
        command.Options.Add(BaseUrl);
        AddOutputOptions(command);
    }

    public void AddOutputOptions(Command command)
    {
        command.Options.Add(Json);
        command.Options.Add(Verbose);
    }

    // An empty variable is an unset one, as shells make it easy to export one by mistake.
    public ConnectionSettings ConnectionOf(ParseResult parseResult, CliContext context) => new(
        parseResult.GetValue(Token) ?? NonBlank(context.ReadVariable(TokenVariable)),
        parseResult.GetValue(LineOwner),
        parseResult.GetValue(BaseUrl),
        parseResult.GetValue(Verbose),
        parseResult.GetValue(Member),
        parseResult.GetValue(Org),
        parseResult.GetValue(Me));

    // System.CommandLine cannot convert to Uri itself; a bad URL is a parse error like any other.
    private static Uri? AbsoluteUri(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            return uri;
        }

        result.AddError($"--base-url needs an absolute URL such as {ConferenceClientOptions.DefaultBaseAddress}, not '{text}'.");
        return null;
    }

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
