using System;
using System.CommandLine.Parsing;
using System.Linq;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference.Cli;

/// <summary>
/// Which command takes which of the common options, and which of them go together: checked while
/// parsing, so a mistake is a usage error before anything is sent.
/// </summary>
internal sealed class UsageRules(CommonOptions options)
{
    /// <summary>
    /// Whose conference: the user's line, a member's or members/me, and only where the spec has the
    /// operation; a line owner only where the operation in that scope takes one.
    /// </summary>
    /// <returns>The operation in the scope the options name; null when they name none it has.</returns>
    public ConferenceOperation? CheckScope(CommandResult result, ApiCommand command, Action<string> report)
    {
        var word = ApiCommand.WordOf(result);
        var member = result.GetResult(options.Member) is not null;
        var me = CommonOptions.ValueOf(result, options.Me);
        var lineOwner = result.GetResult(options.LineOwner) is not null;
        if (member && me)
        {
            report(UsageMessages.MemberAndMe);
            return null;
        }

        if (result.GetResult(options.Org) is not null && !member)
        {
            report(UsageMessages.OrgWithoutMember);
        }

        var scope = member ? OperationScope.Member : me ? OperationScope.Me : OperationScope.User;
        var operation = command.In(scope);
        if (lineOwner && !command.TakesLineOwner)
        {
            report(UsageMessages.TakesNoLineOwner(word));
        }
        else if (lineOwner && operation is not null && !ApiCommand.TakesLineOwnerIn(operation))
        {
            report(member ? UsageMessages.LineOwnerWithMember : UsageMessages.TakesNoLineOwner(word));
        }

        if (operation is null)
        {
            report(scope switch
            {
                OperationScope.User => UsageMessages.NeedsMemberOrMe(word),
                OperationScope.Member => UsageMessages.NoMemberForm(word),
                _ => UsageMessages.NoMeForm(word),
            });
        }

        return operation;
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
