using System;
using System.CommandLine.Parsing;
using System.Linq;

namespace Webex.Calling.Conference.Cli;

/// <summary>
/// Which command takes which of the common options, and which of them go together: checked while
/// parsing, so a mistake is a usage error before anything is sent.
/// </summary>
internal sealed class UsageRules(CommonOptions options)
{
    /// <summary>Whose conference: one of the user's line, a member's or members/me, and only where the API has it.</summary>
    public void CheckScope(CommandResult result, ApiCommand command, Action<string> report)
    {
        var member = result.GetResult(options.Member) is not null;
        var me = CommonOptions.ValueOf(result, options.Me);
        var lineOwner = result.GetResult(options.LineOwner) is not null;
        if (member && me)
        {
            report(UsageMessages.MemberAndMe);
        }

        if (result.GetResult(options.Org) is not null && !member)
        {
            report(UsageMessages.OrgWithoutMember);
        }

        if (lineOwner && !command.TakesLineOwner)
        {
            report(UsageMessages.TakesNoLineOwner(command.Name));
        }
        else if (lineOwner && member)
        {
            report(UsageMessages.LineOwnerWithMember);
        }

        if (command.NeedsMemberOrMe && !member && !me)
        {
            report(UsageMessages.NeedsMemberOrMe(command.Name));
        }
    }

    /// <summary>demo brings its own simulator: every option about a connection or a conference is a mistake there.</summary>
    public void CheckDemo(CommandResult result, Action<string> report)
    {
        foreach (var option in options.Connection)
        {
            if (result.GetResult(option) is not null)
            {
                report(UsageMessages.DemoTakesNo(option.Name));
            }
        }
    }

    /// <summary>
    /// simulator serve is the server, not a client: of the common options it takes only --token (the
    /// token it accepts) and --json.
    /// </summary>
    public void CheckServe(CommandResult result, Action<string> report)
    {
        foreach (var option in options.Connection.Where(o => o != options.Token).Append(options.Verbose))
        {
            if (result.GetResult(option) is not null)
            {
                report(UsageMessages.ServeTakesNo(option.Name));
            }
        }

        if (result.GetResult(options.Token) is not null && string.IsNullOrWhiteSpace(CommonOptions.ValueOf(result, options.Token)))
        {
            report(UsageMessages.BlankServeToken);
        }
    }
}
