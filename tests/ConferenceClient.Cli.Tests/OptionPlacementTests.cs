using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli.Tests;

// Options before or after the command, and the root help as the commands really are.
public class OptionPlacementTests : CliTest
{
    private const string Secret = "SECRET-value-123";

    [Test]
    public async Task Options_before_the_command_work_as_after_it()
    {
        await StartConferenceAsync("call-1", "call-2");

        var before = await RunAsync(["--token", Simulator.AccessToken, "--base-url", Simulator.BaseAddress.ToString(), "--json", "mute", "call-1"]);
        var mixed = await RunAsync(["--token", Simulator.AccessToken, "unmute", "call-1", "--base-url", Simulator.BaseAddress.ToString(), "--json"]);

        Assert.That(before.ExitCode, Is.EqualTo(ExitCodes.Success), before.Stderr);
        Assert.That((string?)JsonLines.Of(before.Stdout).Single()["message"], Is.EqualTo("muted call-1"));
        Assert.That(mixed.ExitCode, Is.EqualTo(ExitCodes.Success), mixed.Stderr);
        Assert.That((string?)JsonLines.Of(mixed.Stdout).Single()["message"], Is.EqualTo("unmuted call-1"));
        Assert.That(Simulator.Requests.Select(r => r.Operation), Is.EqualTo(new SimulatedOperation?[]
        {
            SimulatedOperation.StartConference, SimulatedOperation.Mute, SimulatedOperation.Unmute,
        }));
    }

    [Test]
    public async Task A_scope_before_the_command_is_checked_as_after_it()
    {
        var result = await RunAgainstSimulatorAsync("--line-owner", "front-desk", "mute", "call-1");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.StartWith("error: mute takes no --line-owner"));
        Assert.That(Simulator.Requests, Is.Empty);
    }

    [Test]
    public async Task The_root_help_shows_each_commands_real_arguments()
    {
        var result = await RunAsync(["--help"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stdout, Does.Contain("  start-conference <callId> <callId>...\n")
            .And.Contain("  mute [<callId>] [--call-id <callId>]\n")
            .And.Contain("  unmute [<callId>] [--call-id <callId>]\n")
            .And.Contain("  add-participant <callId>  ")
            .And.Contain("  deafen-participant <callId>  ")
            .And.Contain("  get-conference-details  "));
        Assert.That(result.Stdout, Does.Contain("--simulator").And.Contain("--timeout <seconds>").And.Contain("--max-retries <n>")
            .And.Contain("WEBEX_BASE_URL").And.Contain("WEBEX_TIMEOUT").And.Contain("WEBEX_MAX_RETRIES").And.Contain("130"));
        Assert.That(result.Stderr, Is.Empty);
    }

    [TestCase("mute", "webex-conference mute [<callId>] [options]")]
    [TestCase("start-conference", "webex-conference start-conference <callId>... [options]")]
    [TestCase("start", "webex-conference start-conference <callId>... [options]")]
    public async Task A_commands_help_shows_its_usage_and_the_shared_options(string command, string usage)
    {
        var result = await RunAsync([command, "--help"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stdout, Does.Contain(usage).And.Contain("--token").And.Contain("--simulator").And.Contain("--json"));
    }

    [TestCase("--token", Secret, "--token", Secret, "show")]
    [TestCase("--token=" + Secret, "show", "--bogus")]
    [TestCase("show", Secret, "--token", Secret)]
    [TestCase("--json", "--token", Secret, "show", Secret)]
    public async Task The_token_is_never_echoed_in_a_usage_error(params string[] args)
    {
        var result = await RunAsync([.. args, "--base-url", Simulator.BaseAddress.ToString()]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage), result.AllOutput);
        Assert.That(result.AllOutput, Does.Not.Contain(Secret));
        Assert.That(Simulator.Requests, Is.Empty);
    }

    [Test]
    public async Task A_short_token_is_masked_as_a_word_and_leaves_other_words_whole()
    {
        var result = await RunAsync(["--token", "t", "--token", "t", "show", "--member", "m", "--me"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage), result.AllOutput);
        Assert.That(result.Stderr, Does.Contain("--member and --me name two different conferences"));
        Assert.That(result.Stderr, Does.Not.Contain("'t'").And.Not.Contain(" t "));
    }
}
