using System;

namespace Webex.Calling.Conference.Cli;

/// <summary>
/// A guard of the client library on the connection and the scope (the client's options, ForMember),
/// should it fire in spite of the options' own checks, told in the tool's words: its message names
/// parameters and methods ("(Parameter 'orgId')", "use ForMe()"), which a user of the command line never
/// sees. An operation's own parameters are told by <see cref="Operations.GuardWords"/>.
/// </summary>
internal static class LibraryGuards
{
    public static string InToolWords(ArgumentException error) => error.ParamName switch
    {
        "lineOwnerId" or "LineOwnerId" => UsageMessages.BlankLineOwner,
        "memberId" => UsageMessages.BadMember,
        "orgId" => UsageMessages.BlankOrg,
        "AccessToken" => UsageMessages.BlankToken,
        "BaseAddress" => $"--base-url must be {SettingValues.BaseAddress.Rule}.",
        _ => "a value of the command line was refused by the client library; check the command's --help.",
    };
}
