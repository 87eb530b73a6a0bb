using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Operations;
using Webex.Calling.Conference.Cli.Tests.Support;
using Webex.Calling.Conference.Http;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli.Tests;

// The commands are the library's operation table: their arguments, options and help follow it.
public class OperationCommandsTests : CliTest
{
    private static readonly RootCommand Root = new ConferenceCommands(new CliContext(TextWriter.Null, TextWriter.Null, _ => null, null)).Create();

    private static IEnumerable<string> Operations() => ConferenceOperations.All.Select(o => o.Name);

    // The help is the first scope's: the user's where the spec has it.
    private static IEnumerable<string> Commands() => ConferenceOperations.All.GroupBy(o => o.Public!.Name).Select(g => g.First().Name);

    [TestCaseSource(nameof(Operations))]
    public void A_commands_arguments_are_its_operations_required_parameters_and_its_options_the_optional_ones(string name)
    {
        var operation = ConferenceOperations.All.Single(o => o.Name == name);
        var method = operation.Public!;
        var command = Root.Subcommands.OfType<ApiCommand>().Single(c => c.Name == CommandNames.Kebab(method.Name));
        var own = method.Parameters.Where(p => !p.OfScope).ToList();

        Assert.That(command.Parameters.Select(s => s.Parameter.Name), Is.EquivalentTo(own.Select(p => p.Name)));
        Assert.That(command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0), Is.EqualTo(command.Parameters.Where(s => s.Parameter.IsRequired).Select(s => s.Argument)));
        Assert.That(command.Options.Select(o => o.Name), Is.SupersetOf(own.Where(p => !p.IsRequired).Select(p => "--" + CommandNames.Kebab(p.Name))));
        Assert.That(command.In(method.Scope), Is.SameAs(operation));
    }

    [TestCaseSource(nameof(Commands))]
    public async Task A_commands_help_is_the_specs_summary_description_and_parameters(string name)
    {
        var method = ConferenceOperations.All.Single(o => o.Name == name).Public!;

        var help = await RunAsync([CommandNames.Kebab(method.Name), "--help"]);

        Assert.That(help.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(help.Stdout, Does.Contain(method.Summary));
        Assert.That(method.Parameters.Where(p => !p.OfScope).Select(p => p.Description), Is.All.Matches<string>(d => help.Stdout.Contains(d!, System.StringComparison.Ordinal)));
        Assert.That(Simulator.Requests, Is.Empty);
    }

    [Test]
    public void An_operation_whose_only_parameter_is_an_optional_string_takes_it_as_an_argument_or_an_option()
    {
        var mute = Root.Subcommands.Single(c => c.Name == "mute");
        var deafen = Root.Subcommands.Single(c => c.Name == "deafen-participant");

        Assert.That((mute.Arguments.Single().Name, mute.Arguments.Single().Arity.MinimumNumberOfValues), Is.EqualTo(("callId", 0)));
        Assert.That(mute.Options.Select(o => o.Name), Does.Contain("--call-id"));
        Assert.That(deafen.Options.Select(o => o.Name), Does.Not.Contain("--call-id"));
    }

    [Test]
    public async Task The_option_does_what_the_argument_does()
    {
        await StartConferenceAsync("call-1", "call-2");

        var result = await RunAgainstSimulatorAsync("mute", "--call-id", "call-2");

        Assert.That(result.Stdout, Is.EqualTo("muted call-2\n"));
        Assert.That(LastRequest(SimulatedOperation.Mute).Body, Does.Contain("\"callId\":\"call-2\""));
    }

    [TestCase(new[] { "mute", "call-1", "--call-id", "call-2" }, "give <callId> or --call-id, not both.")]
    [TestCase(new[] { "mute", "--call-id", " " }, "--call-id cannot be empty or blank.")]
    [TestCase(new[] { "start", "call-1" }, "start needs at least 2 <callId>s; 1 given.")]
    [TestCase(new[] { "start-conference", "call-1", " " }, "a <callId> cannot be empty or blank.")]
    public async Task A_value_given_twice_or_refused_by_a_guard_is_a_usage_error_naming_the_option_or_argument(string[] args, string message)
    {
        var result = await RunAgainstSimulatorAsync(args);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.StartWith($"error: {message}\n"));
        Assert.That(Simulator.Requests, Is.Empty);
    }

    [Test]
    public async Task A_guards_refusal_is_a_usage_line_with_json()
    {
        var result = await RunAgainstSimulatorAsync("add", " ", "--json");

        var error = Newtonsoft.Json.Linq.JObject.Parse(result.Stderr)["error"]!;
        Assert.That(((int?)error["exitCode"], (string?)error["kind"], (string?)error["message"], (string?)error["help"]),
            Is.EqualTo(((int?)2, "usage", "a <callId> cannot be empty or blank.", "webex-conference add-participant --help")));
        Assert.That(Simulator.Requests, Is.Empty);
    }

    [Test]
    public void An_operation_the_tool_has_no_words_for_completes_with_its_summary()
    {
        var method = new PublicMethod("Transfer", OperationScope.User, "Transfer the call", "", [], (_, _, _) => Task.FromResult<object?>(null));

        var completion = CompletionWords.For("transfer", method, []);

        Assert.That((completion.Command, completion.Message, completion.CallIds), Is.EqualTo(("transfer", "Transfer the call: done", System.Array.Empty<string>())));
    }

    [TestCase("show", "get-conference-details")]
    [TestCase("start", "start-conference")]
    [TestCase("release", "release-conference")]
    [TestCase("add", "add-participant")]
    [TestCase("deafen", "deafen-participant")]
    [TestCase("undeafen", "undeafen-participant")]
    [TestCase("monitor", "silent-monitor")]
    [TestCase("coach", "supervisor-coach")]
    public void Todays_names_are_aliases(string alias, string command) =>
        Assert.That(Root.Parse([alias]).CommandResult.Command.Name, Is.EqualTo(command));
}
