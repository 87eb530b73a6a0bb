using System;
using System.Collections.Generic;
using System.CommandLine;
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
    private readonly Dictionary<Command, Option[]> _only = [];

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

    /// <summary>
    /// Whether <paramref name="command"/> takes the common <paramref name="option"/>: its help lists only
    /// those it takes, and its checks refuse the others. An operation takes a scope's option where the
    /// spec has that scope; a group, what any of its commands takes.
    /// </summary>
    public bool Takes(Command command, Option option) => command switch
    {
        ApiCommand api when option == options.LineOwner => api.TakesLineOwner,
        ApiCommand api when option == options.Member || option == options.Org => api.In(OperationScope.Member) is not null,
        ApiCommand api when option == options.Me => api.In(OperationScope.Me) is not null,
        ApiCommand => true,
        _ when _only.TryGetValue(command, out var taken) => taken.Contains(option),
        _ => command.Subcommands.Count == 0 || command.Subcommands.Any(c => Takes(c, option)),
    };

    /// <summary>
    /// Makes <paramref name="command"/> take only <paramref name="taken"/> of the common options (demo
    /// brings its own simulator; simulator serve is the server, not a client): any other is reported in
    /// the words of <paramref name="refusal"/>, given the option's name.
    /// </summary>
    public void TakeOnly(Command command, Func<string, string> refusal, params Option[] taken)
    {
        _only.Add(command, taken);
        command.Validators.Add(result =>
        {
            foreach (var option in options.All.Where(o => !taken.Contains(o) && result.GetResult(o) is not null))
            {
                result.AddError(refusal(option.Name));
            }
        });
    }

    /// <summary>simulator serve takes the token it is to accept: not a blank one.</summary>
    public void CheckServe(CommandResult result, Action<string> report)
    {
        if (result.GetResult(options.Token) is not null && string.IsNullOrWhiteSpace(CommonOptions.ValueOf(result, options.Token)))
        {
            report(UsageMessages.BlankServeToken);
        }
    }
}
