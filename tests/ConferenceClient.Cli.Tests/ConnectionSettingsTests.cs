using System.Collections.Generic;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;

namespace Webex.Calling.Conference.Cli.Tests;

// Where a command connects: the token, the base URL, the time and the retries, from options or from
// the environment variables behind them.
public class ConnectionSettingsTests : CliTest
{
    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public async Task Without_a_token_a_command_exits_2_naming_every_way_to_give_one_and_sends_nothing(string? variable)
    {
        var environment = new Dictionary<string, string?> { ["WEBEX_ACCESS_TOKEN"] = variable };

        var result = await RunAsync(["show"], environment);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stdout, Is.Empty);
        Assert.That(result.Stderr, Does.StartWith("error: show talks to Webex and needs an access token")
            .And.Contain("--token").And.Contain("WEBEX_ACCESS_TOKEN").And.Contain("--simulator"));
        Assert.That(result.Stderr, Does.Not.Contain("no conference"));
    }

    [Test]
    public async Task A_base_url_without_a_token_exits_2_and_sends_nothing()
    {
        var result = await RunAsync(["show", "--base-url", Simulator.BaseAddress.ToString()]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.Contain("--token").And.Contain("WEBEX_ACCESS_TOKEN"));
        Assert.That(Simulator.Requests, Is.Empty);
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

    [TestCase("")]
    [TestCase(" ")]
    public async Task A_blank_token_option_exits_2(string token)
    {
        var result = await RunAsync(["show", "--base-url", Simulator.BaseAddress.ToString(), "--token", token]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.Contain("--token is blank"));
        Assert.That(Simulator.Requests, Is.Empty);
    }

    [Test]
    public async Task The_base_url_defaults_to_the_webex_base_url_variable()
    {
        var environment = new Dictionary<string, string?>
        {
            ["WEBEX_ACCESS_TOKEN"] = Simulator.AccessToken,
            ["WEBEX_BASE_URL"] = Simulator.BaseAddress.ToString(),
        };

        var result = await RunAsync(["show"], environment);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Stderr);
        Assert.That(result.Stdout, Is.EqualTo("no conference\n"));
        Assert.That(Simulator.Requests, Has.Count.EqualTo(1));
    }

    [TestCase("WEBEX_BASE_URL", "http://example.com/v1/", "an absolute https URL")]
    [TestCase("WEBEX_BASE_URL", "not a url", "an absolute https URL")]
    [TestCase("WEBEX_TIMEOUT", "soon", "a number of seconds")]
    [TestCase("WEBEX_TIMEOUT", "0", "a number of seconds")]
    [TestCase("WEBEX_MAX_RETRIES", "-1", "a whole number from 0 to 10")]
    [TestCase("WEBEX_MAX_RETRIES", "many", "a whole number from 0 to 10")]
    public async Task A_bad_variable_is_a_usage_error_naming_the_variable(string variable, string value, string rule)
    {
        var environment = new Dictionary<string, string?> { ["WEBEX_ACCESS_TOKEN"] = Simulator.AccessToken, [variable] = value };

        var result = await RunAsync(["show"], environment);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.StartWith($"error: {variable} must be {rule}").And.Contain($"not '{value}'"));
        Assert.That(Simulator.Requests, Is.Empty);
    }

    [TestCase("WEBEX_BASE_URL", "not a url", "--base-url")]
    [TestCase("WEBEX_TIMEOUT", "soon", "--timeout")]
    [TestCase("WEBEX_MAX_RETRIES", "many", "--max-retries")]
    public async Task An_option_wins_over_its_variable_even_a_bad_one(string variable, string value, string option)
    {
        var environment = new Dictionary<string, string?> { [variable] = value };
        Dictionary<string, string> good = new()
        {
            ["--base-url"] = Simulator.BaseAddress.ToString(),
            ["--timeout"] = "10",
            ["--max-retries"] = "1",
        };

        var result = await RunAsync(
            ["show", "--token", Simulator.AccessToken, "--base-url", Simulator.BaseAddress.ToString(), .. option == "--base-url" ? [] : new[] { option, good[option] }],
            environment);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Stderr);
        Assert.That(Simulator.Requests, Has.Count.EqualTo(1));
    }

    [TestCase("--timeout", "0")]
    [TestCase("--timeout", "-1")]
    [TestCase("--timeout", "90000")]
    [TestCase("--timeout", "soon")]
    [TestCase("--max-retries", "11")]
    [TestCase("--max-retries", "-1")]
    [TestCase("--max-retries", "1.5")]
    [TestCase("--base-url", "http://example.com/v1/")]
    [TestCase("--base-url", "not a url")]
    public async Task A_bad_option_value_is_a_usage_error_in_the_tools_words(string option, string value)
    {
        string[] address = option == "--base-url" ? [] : ["--base-url", Simulator.BaseAddress.ToString()];

        var result = await RunAsync(["show", "--token", Simulator.AccessToken, option, value, .. address]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.StartWith($"error: {option} must be ").And.Contain($"not '{value}'"));
        Assert.That(result.Stderr, Does.Not.Contain("System."));
        Assert.That(Simulator.Requests, Is.Empty);
    }
}
