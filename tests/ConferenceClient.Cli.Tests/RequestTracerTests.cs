using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;
using Webex.Calling.Conference.Tests.Support;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli.Tests;

public class RequestTracerTests : CliTest
{
    private static readonly string[] TransportHeaders = ["Host: ", "Content-Length: "];

    [Test]
    public async Task Verbose_traces_each_request_and_response_on_stderr()
    {
        await StartConferenceAsync("call-1", "call-2");

        var result = await RunAgainstSimulatorAsync("mute", "call-1", "--verbose");

        var request = LastRequest(SimulatedOperation.Mute);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(result.Stderr, Does.Contain("--> POST /v1/telephony/conference/mute"));
        Assert.That(result.Stderr, Does.Contain($"    TrackingID: {request.Headers["TrackingID"]}"));
        Assert.That(result.Stderr, Does.Match($@"<-- 204 No Content POST /v1/telephony/conference/mute in \d+ ms, tracking ID {request.AnsweredTrackingId}"));
        Assert.That(result.Stdout, Is.EqualTo("muted call-1\n"));
    }

    [TestCase("show")]
    [TestCase("start", "c1", "c2")]
    public async Task Verbose_prints_each_header_as_it_went_on_the_wire(params string[] command)
    {
        using var server = new CapturingServer("HTTP/1.1 204 No Content\r\n\r\n");

        var text = await RunAsync([.. command, "--verbose", "--base-url", server.BaseAddress.ToString(), "--token", "a-token"]);
        var json = await RunAsync([.. command, "--verbose", "--json", "--base-url", server.BaseAddress.ToString(), "--token", "a-token"]);

        var sent = server.Heads.Select(head => head.Split("\r\n")).ToList();
        var traced = new[]
        {
            text.Stderr.Split('\n').Where(l => l.StartsWith("    ", System.StringComparison.Ordinal)).Select(l => l[4..]).ToList(),
            JsonLines.Of(json.Stderr).Select(l => l["trace"]?["headers"]?.AsObject()).OfType<JsonObject>().Single()
                .Select(h => $"{h.Key}: {(string?)h.Value}").ToList(),
        };
        Assert.That((text.ExitCode, json.ExitCode), Is.EqualTo((ExitCodes.Success, ExitCodes.Success)), text.AllOutput + json.AllOutput);
        Assert.That(sent, Has.Count.EqualTo(2));
        for (var run = 0; run < 2; run++)
        {
            Assert.That(traced[run], Has.Some.StartsWith("User-Agent: ConferenceClient/").And.Some.StartsWith("TrackingID: "));
            Assert.That(traced[run].Where(h => h != "Authorization: ***"), Is.SubsetOf(sent[run]));
            // Every header but those the transport writes itself (Host, Content-Length) is traced.
            Assert.That(traced[run], Has.Count.EqualTo(sent[run].Skip(1).Count(h => h.Length > 0 && !TransportHeaders.Any(t => h.StartsWith(t, System.StringComparison.Ordinal)))));
        }
    }

    [Test]
    public async Task Verbose_shows_the_authorization_as_stars_and_never_the_token()
    {
        var result = await RunAgainstSimulatorAsync("show", "--verbose");

        Assert.That(result.Stderr, Does.Contain("    Authorization: ***"));
        Assert.That(result.AllOutput, Does.Not.Contain(Simulator.AccessToken));
    }

    [Test]
    public async Task Verbose_never_shows_a_wrong_token_either()
    {
        const string WrongToken = "wrong-token-0123456789";

        var result = await RunAsync(["show", "--verbose", "--base-url", Simulator.BaseAddress.ToString(), "--token", WrongToken]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ApiError));
        Assert.That(result.Stderr, Does.Contain("<-- 401 Unauthorized"));
        Assert.That(result.AllOutput, Does.Not.Contain(WrongToken));
    }

    [Test]
    public async Task Verbose_traces_an_attempt_that_fails()
    {
        var result = await RunAsync(
            ["show", "--verbose", "--token", "a-token", "--base-url", ClosedPort.BaseAddress().ToString()],
            configureClient: options => options.MaxRetries = 0);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Unreachable));
        Assert.That(result.Stderr, Does.Match(@"<-- failed GET /v1/telephony/conference after \d+ ms: "));
    }
}
