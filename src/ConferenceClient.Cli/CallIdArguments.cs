using System.CommandLine;
using System.CommandLine.Parsing;

namespace Webex.Calling.Conference.Cli;

/// <summary>
/// The call ID arguments of the commands, checked while parsing: not blank (the API refuses it), and not
/// an option that the parser did not know and handed over as a call ID (<c>mute --bogus</c>).
/// </summary>
internal static class CallIdArguments
{
    private const string Name = "callId";

    public static Argument<string> One(string description) =>
        Checked(new Argument<string>(Name) { Description = description });

    public static Argument<string?> Optional(string description) =>
        Checked(new Argument<string?>(Name) { Description = description, Arity = ArgumentArity.ZeroOrOne });

    /// <summary>
    /// Two or more, as a conference needs; the command checks the count itself (<see cref="CheckCount"/>)
    /// to say so in its own words.
    /// </summary>
    public static Argument<string[]> TwoOrMore(string description) =>
        Checked(new Argument<string[]>(Name) { Description = description, Arity = new ArgumentArity(2, ArgumentArity.OneOrMore.MaximumNumberOfValues) });

    public static void CheckCount(CommandResult result, Argument<string[]> callIds)
    {
        var given = result.GetResult(callIds)?.Tokens.Count ?? 0;
        if (given < callIds.Arity.MinimumNumberOfValues)
        {
            result.AddError(UsageMessages.TooFewCallIds(given));
        }
    }

    private static TArgument Checked<TArgument>(TArgument argument)
        where TArgument : Argument
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (string.IsNullOrWhiteSpace(token.Value))
                {
                    result.AddError(UsageMessages.BlankCallId);
                }
                else if (token.Value.StartsWith('-'))
                {
                    result.AddError(UsageMessages.NotAnOption(((CommandResult)result.Parent!).Command.Name, token.Value));
                }
            }
        });
        return argument;
    }
}
