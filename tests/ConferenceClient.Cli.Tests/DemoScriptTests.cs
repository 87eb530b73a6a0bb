using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;

namespace Webex.Calling.Conference.Cli.Tests;

// The demo brings its own simulator and waits out one real 1 s Retry-After: about a second per test.
public class DemoScriptTests : CliTest
{
    [Test]
    public async Task Demo_plays_every_step_and_shows_the_conference_after_each()
    {
        var result = await RunAsync(["demo"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stderr, Is.Empty);
        string[] steps =
        [
            "1. The user has two calls: call-1 and call-2",
            "2. Start a conference with call-1 and call-2",
            "3. Add a third call, call-3",
            "4. Mute call-1",
            "5. Deafen call-2",
            "6. Mute the host",
            "7. Hold the conference",
            "8. Resume the conference",
            "9. Unmute call-1 while Webex is rate-limiting",
            "10. Release the conference",
        ];
        Assert.That(steps.Select(step => result.Stdout.IndexOf(step, System.StringComparison.Ordinal)), Is.Ordered.And.All.GreaterThanOrEqualTo(0));
        Assert.That(result.Stdout, Does.Contain("state: held, host muted: yes"));
        Assert.That(result.Stdout, Does.Match(@"429 -> waited \d+\.\d s -> 204"));
        Assert.That(result.StdoutTimeless, Does.Contain("""
               state: connected, host muted: yes
               appearance: 1, created: <time>
               CALL ID  MUTED  DEAFENED
               call-1   no     no
               call-2   no     yes
               call-3   no     no
            """));
    }

    [Test]
    public async Task Demo_with_json_prints_one_object_per_step()
    {
        var result = await RunAsync(["demo", "--json"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        var lines = result.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        var steps = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.That(steps.Select(step => step.GetProperty("step").GetInt32()), Is.EqualTo(Enumerable.Range(1, 10)));
        Assert.That(steps[6].GetProperty("conference").GetProperty("state").GetString(), Is.EqualTo("held"));
        var retry = steps[8].GetProperty("retry");
        Assert.That(retry.GetProperty("rateLimitedStatus").GetInt32(), Is.EqualTo(429));
        Assert.That(retry.TryGetProperty("waitedMs", out _), Is.True);
        Assert.That(retry.GetProperty("retriedStatus").GetInt32(), Is.EqualTo(204));
        Assert.That(steps[9].GetProperty("conference").EnumerateObject(), Is.Empty);
    }

    [Test]
    public async Task Demo_with_json_and_verbose_is_json_lines_on_both_streams()
    {
        var result = await RunAsync(["demo", "--json", "--verbose"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(JsonLines.Of(result.Stdout).Select(line => (int?)line["step"]), Is.EqualTo(Enumerable.Range(1, 10).Cast<int?>()));
        Assert.That(JsonLines.Of(result.Stderr).Select(line => (string?)line["trace"]!["event"]), Does.Contain("request").And.Contain("response"));
    }

    [Test]
    public async Task Demo_with_verbose_traces_the_rate_limited_attempt_and_its_retry()
    {
        var result = await RunAsync(["demo", "--verbose"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stderr, Does.Contain("<-- 429 Too Many Requests POST /v1/telephony/conference/unmute"));
        Assert.That(result.Stderr, Does.Contain("<-- 204 No Content POST /v1/telephony/conference/unmute"));
    }

    [Test]
    public async Task Demo_takes_no_connection_options()
    {
        var result = await RunAsync(["demo", "--token", "a-token"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.StartWith("error: demo plays on its own built-in simulator and takes only --json and --verbose, not --token."));
    }
}
