using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference.Cli.Operations;

/// <summary>
/// How the command line gives one parameter of an operation: a required one as an argument (a string list
/// as a variadic one), an optional one as an option <c>--kebab-name</c>, and, for an operation whose only
/// parameter is an optional string, as an argument too (<c>mute [&lt;callId&gt;]</c>, or
/// <c>mute --call-id c1</c>).
/// </summary>
internal sealed class ParameterSymbol
{
    private readonly Func<CommandResult, object?> _read;

    private ParameterSymbol(PublicParameter parameter, Argument? argument, Option? option, Func<CommandResult, object?> read)
    {
        Parameter = parameter;
        Argument = argument;
        Option = option;
        _read = read;
    }

    public PublicParameter Parameter { get; }

    public Argument? Argument { get; }

    public Option? Option { get; }

    public static ParameterSymbol For(PublicParameter parameter, bool alsoPositional) =>
        parameter.IsRequired ? Required(parameter) : Optional(parameter, alsoPositional);

    /// <summary>The value given, as the operation's invoker takes it; null when not given.</summary>
    public object? ValueIn(CommandResult result) => _read(result);

    /// <summary>Whether the value was given both ways; the command line must say it once.</summary>
    public bool GivenTwice(CommandResult result) =>
        Argument is not null && Option is not null && result.GetResult(Argument) is { Tokens.Count: > 0 } && result.GetResult(Option) is not null;

    /// <summary>How a message names it: <c>&lt;callId&gt;</c>, or <c>--call-id</c> when it came as that option.</summary>
    public string LabelIn(CommandResult result) =>
        Option is not null && (Argument is null || result.GetResult(Option) is not null) ? Option.Name : $"<{Argument!.Name}>";

    private static ParameterSymbol Required(PublicParameter parameter) => parameter.Kind switch
    {
        ParameterKind.StringList => Typed(parameter, new ListArgument(Singular(parameter.Name), parameter.MinItems) { Arity = ArgumentArity.OneOrMore }),
        ParameterKind.Boolean => Typed(parameter, new Argument<bool>(parameter.Name)),
        ParameterKind.Integer => Typed(parameter, new Argument<long>(parameter.Name)),
        _ => Typed(parameter, new Argument<string>(parameter.Name)),
    };

    private static ParameterSymbol Typed<T>(PublicParameter parameter, Argument<T> argument)
    {
        argument.Description = parameter.Description;
        NoOptionsAsValues(argument);
        return new ParameterSymbol(parameter, argument, option: null, result => result.GetResult(argument) is null ? null : result.GetValue(argument));
    }

    private static ParameterSymbol Optional(PublicParameter parameter, bool alsoPositional)
    {
        var name = "--" + CommandNames.Kebab(parameter.Name);
        return parameter.Kind switch
        {
            ParameterKind.StringList => Typed(parameter, new Option<string[]?>(name) { AllowMultipleArgumentsPerToken = true, HelpName = Singular(parameter.Name) }, positional: null),
            ParameterKind.Boolean => Typed(parameter, new Option<bool?>(name), positional: null),
            ParameterKind.Integer => Typed(parameter, new Option<long?>(name), positional: null),
            _ => Typed(parameter, new Option<string?>(name), alsoPositional
                ? new Argument<string?>(parameter.Name) { Arity = ArgumentArity.ZeroOrOne, Description = $"{parameter.Description} Or give it as {name}." }
                : null),
        };
    }

    private static ParameterSymbol Typed<T>(PublicParameter parameter, Option<T> option, Argument<string?>? positional)
    {
        option.Description = parameter.Description;
        option.HelpName ??= parameter.Name;
        if (positional is not null)
        {
            NoOptionsAsValues(positional);
        }

        return new ParameterSymbol(parameter, positional, option, result =>
            positional is not null && result.GetResult(positional) is { Tokens.Count: > 0 } ? result.GetValue(positional)
            : result.GetResult(option) is null ? null
            : result.GetValue(option));
    }

    // The parser hands an option it does not know (mute --bogus) to a string argument as its value: an
    // ID never starts with '-', so such a value fails the parse (UnknownWords tells it with its suggestions).
    private static void NoOptionsAsValues(Argument argument)
    {
        if (argument.ValueType != typeof(string) && argument.ValueType != typeof(string[]))
        {
            return;
        }

        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
            {
                result.AddError(UsageMessages.NoOption(ApiCommand.WordOf((CommandResult)result.Parent!), token.Value, $"<{argument.Name}>", []));
            }
        });
    }

    // callIds → callId: a variadic argument, and the value of a list option, names one of its values.
    private static string Singular(string name) => name.EndsWith('s') ? name[..^1] : name;
}
