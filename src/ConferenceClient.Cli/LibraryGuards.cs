using System;

namespace Webex.Calling.Conference.Cli;

/// <summary>
/// A guard of the client library that fires in spite of the tool's own checks, told in the tool's words:
/// its message names parameters and methods ("(Parameter 'callIds')", "use ForMe()"), which a user of
/// the command line never sees.
/// </summary>
internal static class LibraryGuards
{
    public static string InToolWords(ArgumentException error) => error.ParamName switch
    {
        "callId" => UsageMessages.BlankCallId,
        "callIds" => UsageMessages.BadCallIds,
        "lineOwnerId" or "LineOwnerId" => UsageMessages.BlankLineOwner,
        "memberId" => UsageMessages.BadMember,
        "orgId" => UsageMessages.BlankOrg,
        "AccessToken" => UsageMessages.BlankToken,
        "BaseAddress" => $"--base-url must be {SettingValues.BaseAddress.Rule}.",
        _ => "a value of the command line was refused by the client library; check the command's --help.",
    };
}
