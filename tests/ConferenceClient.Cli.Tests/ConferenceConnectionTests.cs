using System.Collections.Generic;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;

namespace Webex.Calling.Conference.Cli.Tests;

public class ConferenceConnectionTests : CliTest
{
    private const string SimulatorNotice = "no token: using the built-in simulator";

    [Test]
    public async Task Without_a_token_the_built_in_simulator_answers_and_stderr_says_so()
    {
        var result = await RunAsync(["show"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stderr, Does.StartWith(SimulatorNotice).And.Contain("WEBEX_ACCESS_TOKEN").And.EndWith("\n"));
        Assert.That(result.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(result.Stdout, Is.EqualTo("no conference\n"));
    }

    [Test]
    public async Task An_empty_token_variable_counts_as_no_token()
    {
        var result = await RunAsync(["show"], new Dictionary<string, string?> { ["WEBEX_ACCESS_TOKEN"] = "" });

        Assert.That(result.Stderr, Does.Contain(SimulatorNotice));
    }

    [Test]
    public async Task The_token_defaults_to_the_webex_access_token_variable()
    {
        var environment = new Dictionary<string, string?> { ["WEBEX_ACCESS_TOKEN"] = Simulator.AccessToken };

        var result = await RunAsync(["show", "--base-url", Simulator.BaseAddress.ToString()], environment);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(Simulator.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task The_token_option_wins_over_the_variable()
    {
        var environment = new Dictionary<string, string?> { ["WEBEX_ACCESS_TOKEN"] = "not-the-token" };

        var result = await RunAsync(["show", "--base-url", Simulator.BaseAddress.ToString(), "--token", Simulator.AccessToken], environment);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
    }

    [Test]
    public async Task A_blank_token_option_exits_2()
    {
        var result = await RunAsync(["show", "--token", " "]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.Contain("--token is blank"));
    }

    [Test]
    public async Task A_base_url_without_a_token_exits_2_instead_of_being_ignored()
    {
        var result = await RunAsync(["show", "--base-url", Simulator.BaseAddress.ToString()]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.Contain("--base-url needs a token"));
        Assert.That(Simulator.Requests, Is.Empty);
    }
}
