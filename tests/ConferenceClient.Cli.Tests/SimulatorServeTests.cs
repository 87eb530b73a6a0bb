using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Cli.Tests;

// simulator serve, in-process: the line it prints, the API and control API behind it, Ctrl+C, and its usage errors.
public partial class SimulatorServeTests : CliTest
{
    private const string ServeHelp = "Run 'webex-conference simulator serve --help' for usage.\n";

    [Test]
    public async Task Serve_prints_one_line_and_the_api_and_the_control_api_answer_there_exactly()
    {
        await using var tool = await ServingTool.StartAsync(["simulator", "serve", "--token", "sim-token", "--calls", "c1,c2"]);
        var line = TextLine().Match(tool.Line);
        Assert.That(line.Success, Is.True, tool.Line);
        var (baseUrl, control) = (new Uri(line.Groups["baseUrl"].Value), new Uri(line.Groups["control"].Value));
        using var http = Client("sim-token");

        using var none = await http.GetAsync(new Uri(baseUrl, "telephony/conference"));
        using var start = await http.PostAsync(new Uri(baseUrl, "telephony/conference"), Json("""{"callIds":["c1","c2"]}"""));
        using var added = await http.PostAsync(new Uri(control, "calls"), Json("""{"callId":"c3"}"""));
        using var conference = await http.GetAsync(new Uri(control, "conference"));
        using var journal = await http.GetAsync(new Uri(control, "requests"));
        using var stranger = await Client("not-the-token").GetAsync(new Uri(baseUrl, "telephony/conference"));
        var (noneBody, conferenceBody, journalBody) =
            (await none.Content.ReadAsStringAsync(), await conference.Content.ReadAsStringAsync(), await journal.Content.ReadAsStringAsync());
        var result = await tool.StopAsync();

        Assert.Multiple(() =>
        {
            Assert.That((line.Groups["token"].Value, baseUrl.Host, baseUrl.AbsolutePath), Is.EqualTo(("sim-token", "127.0.0.1", "/v1/")));
            Assert.That(control, Is.EqualTo(new Uri(baseUrl, "/_simulator/")));
            Assert.That(((int)none.StatusCode, noneBody), Is.EqualTo((200, "{}")));
            Assert.That((int)start.StatusCode, Is.EqualTo(204), "the calls of --calls are on the user's own line");
            Assert.That((int)added.StatusCode, Is.EqualTo(201));
            Assert.That(JsonNode.Parse(conferenceBody)!["participants"]!.AsArray().Select(p => (string?)p!["callId"]), Is.EqualTo(new[] { "c1", "c2" }));
            Assert.That(JsonNode.Parse(journalBody)!.AsArray().Select(r => ((string?)r!["operation"], (int?)r["status"])),
                Is.EqualTo(new (string?, int?)[] { ("getConferenceDetails", 200), ("startConference", 204) }));
            Assert.That((int)stranger.StatusCode, Is.EqualTo(401));
            Assert.That(result, Is.EqualTo(new CliResult(ExitCodes.Success, tool.Line + "\n", string.Empty)), "one line, and a stop is its normal end");
        });
    }

    [Test]
    public async Task Stopped_it_exits_0_and_its_port_is_closed()
    {
        await using var tool = await ServingTool.StartAsync(["simulator", "serve"]);
        var baseUrl = new Uri(TextLine().Match(tool.Line).Groups["baseUrl"].Value);

        var result = await tool.StopAsync();

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var refused = await Assert.ThrowsAsync<SocketException>(() => socket.ConnectAsync(IPAddress.Loopback, baseUrl.Port));
        Assert.That(refused!.SocketErrorCode, Is.EqualTo(SocketError.ConnectionRefused));
    }

    [Test]
    public async Task With_json_the_line_is_one_object_of_the_api_root_the_token_and_the_control_root()
    {
        await using var tool = await ServingTool.StartAsync(["simulator", "serve", "--json"]);

        var line = JsonLines.Of(tool.Line).Single();
        using var http = Client((string)line["token"]!);
        using var details = await http.GetAsync(new Uri(new Uri((string)line["baseUrl"]!), "telephony/conference"));
        using var calls = await http.GetAsync(new Uri(new Uri((string)line["control"]!), "calls"));

        Assert.That(line.Select(field => field.Key), Is.EqualTo(new[] { "baseUrl", "token", "control" }));
        Assert.That((string?)line["baseUrl"], Does.Match(@"^http://127\.0\.0\.1:\d+/v1/$"));
        Assert.That((string?)line["control"], Is.EqualTo(((string?)line["baseUrl"])!.Replace("/v1/", "/_simulator/", StringComparison.Ordinal)));
        Assert.That(((int)details.StatusCode, (int)calls.StatusCode, await calls.Content.ReadAsStringAsync()), Is.EqualTo((200, 200, "[]")));
        var result = await tool.StopAsync();
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((ExitCodes.Success, string.Empty)));
    }

    [Test]
    public async Task Without_token_it_makes_a_random_one_and_never_takes_the_variable()
    {
        var environment = new Dictionary<string, string?> { ["WEBEX_ACCESS_TOKEN"] = "a-real-webex-token" };

        await using var first = await ServingTool.StartAsync(["simulator", "serve"], environment);
        await using var second = await ServingTool.StartAsync(["simulator", "serve"], environment);

        var tokens = new[] { first.Line, second.Line }.Select(l => TextLine().Match(l).Groups["token"].Value).ToList();
        Assert.That(tokens, Is.Unique.And.All.Not.Empty.And.All.Not.Contain("a-real-webex-token"));
    }

    [Test]
    public async Task The_token_and_the_json_switch_may_come_before_the_command()
    {
        await using var tool = await ServingTool.StartAsync(["--token", "early", "--json", "simulator", "serve"]);

        Assert.That((string?)JsonLines.Of(tool.Line).Single()["token"], Is.EqualTo("early"));
    }

    [Test]
    public async Task The_calls_are_made_in_order_and_spaces_around_the_commas_are_dropped()
    {
        await using var tool = await ServingTool.StartAsync(["simulator", "serve", "--json", "--calls", "b, a ,c"]);
        var line = JsonLines.Of(tool.Line).Single();
        using var http = Client((string)line["token"]!);

        var calls = await http.GetStringAsync(new Uri(new Uri((string)line["control"]!), "calls"));

        Assert.That(calls, Is.EqualTo("""["b","a","c"]"""));
    }

    [Test]
    public async Task The_journal_keeps_the_requests_and_body_bytes_its_options_give_and_says_how_many_it_dropped()
    {
        await using var tool = await ServingTool.StartAsync(["simulator", "serve", "--json", "--token", "t", "--journal-limit", "2", "--journal-body-limit", "5"]);
        var line = JsonLines.Of(tool.Line).Single();
        using var http = Client("t");

        foreach (var callId in new[] { "c1", "c2", "c3" })
        {
            using var mute = await http.PostAsync(new Uri(new Uri((string)line["baseUrl"]!), "telephony/conference/mute"), Json($$"""{"callId":"{{callId}}"}"""));
        }

        using var read = await http.GetAsync(new Uri(new Uri((string)line["control"]!), "requests"));
        var journal = JsonNode.Parse(await read.Content.ReadAsStringAsync())!.AsArray();
        Assert.That(journal.Select(r => ((string?)r!["body"], (bool?)r["bodyTruncated"])), Is.EqualTo(new (string?, bool?)[] { ("{\"cal", true), ("{\"cal", true) }));
        Assert.That(read.Headers.GetValues("Dropped-Requests").Single(), Is.EqualTo("1"));
    }

    [Test]
    public async Task It_listens_on_the_port_asked_for()
    {
        var port = ClosedPort.BaseAddress().Port;

        await using var tool = await ServingTool.StartAsync(["simulator", "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

        Assert.That(tool.Line, Does.StartWith($"simulator: http://127.0.0.1:{port}/v1/  token: "));
    }

    [Test]
    public async Task A_port_that_is_taken_is_a_usage_error_that_names_it()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var text = await RefusedAsync(["simulator", "serve", "--port", $"{port}"]);
        var json = await RefusedAsync(["simulator", "serve", "--port", $"{port}", "--json"]);

        Assert.That(text, Is.EqualTo(new CliResult(
            ExitCodes.Usage,
            string.Empty,
            $"error: simulator serve cannot listen on 127.0.0.1:{port}: the port is taken. Give another --port, or --port 0 for any free port.\n" + ServeHelp)));
        var error = JsonLines.Of(json.Stderr).Single()["error"]!;
        Assert.That(((int?)error["exitCode"], (string?)error["kind"], (string?)error["help"]),
            Is.EqualTo(((int?)2, "usage", "webex-conference simulator serve --help")));
        Assert.That((json.ExitCode, json.Stdout), Is.EqualTo((ExitCodes.Usage, string.Empty)));
    }

    [TestCase("--port", "x", "--port must be a whole number from 0 to 65535 (0 for any free port), not 'x'.")]
    [TestCase("--port", "-1", "--port must be a whole number from 0 to 65535 (0 for any free port), not '-1'.")]
    [TestCase("--port", "65536", "--port must be a whole number from 0 to 65535 (0 for any free port), not '65536'.")]
    [TestCase("--calls", "c1,,c2", "--calls has an empty call ID: give call IDs separated by commas, such as c1,c2,c3.")]
    [TestCase("--calls", " ", "--calls has an empty call ID: give call IDs separated by commas, such as c1,c2,c3.")]
    [TestCase("--calls", "c1,c2,c1, c2", "--calls names c1 twice: a call ID is unique on its line.\nerror: --calls names c2 twice: a call ID is unique on its line.")]
    [TestCase("--journal-limit", "0", "--journal-limit must be a whole number of at least 1, not '0'.")]
    [TestCase("--journal-limit", "x", "--journal-limit must be a whole number of at least 1, not 'x'.")]
    [TestCase("--journal-body-limit", "-1", "--journal-body-limit must be a whole number of bytes, 0 or more, not '-1'.")]
    [TestCase("--token", " ", "--token is blank: give the token the simulator is to accept, or leave it out for a random one.")]
    [TestCase("extra", null, "Unrecognized command or argument 'extra'.")]
    public async Task A_mistake_exits_2_in_the_tools_words(string option, string? value, string message)
    {
        var result = await RefusedAsync(ServeWith(option, value));

        Assert.That(result, Is.EqualTo(new CliResult(ExitCodes.Usage, string.Empty, $"error: {message}\n{ServeHelp}")));
    }

    [TestCase("--base-url", "http://127.0.0.1:1/v1/")]
    [TestCase("--simulator", null)]
    [TestCase("--verbose", null)]
    [TestCase("--member", "m1")]
    [TestCase("--line-owner", "reception")]
    [TestCase("--timeout", "5")]
    [TestCase("--me", null)]
    [TestCase("--org", "o1")]
    [TestCase("--max-retries", "1")]
    public async Task An_option_of_a_client_is_refused_it_is_the_server(string option, string? value)
    {
        var result = await RefusedAsync(ServeWith(option, value));

        Assert.That(result, Is.EqualTo(new CliResult(
            ExitCodes.Usage,
            string.Empty,
            $"error: simulator serve takes only --port, --token, --calls, --journal-limit, --journal-body-limit and --json, not {option}: it is the simulator, not a client of one.\n{ServeHelp}")));
    }

    [Test]
    public async Task A_mistake_with_json_is_a_json_line_per_error()
    {
        var result = await RefusedAsync(["simulator", "serve", "--json", "--port", "x", "--calls", "c1,"]);

        var errors = JsonLines.Of(result.Stderr).Select(line => line["error"]!).ToList();
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(errors.Select(e => (string?)e["message"]), Is.EquivalentTo(new[]
        {
            "--port must be a whole number from 0 to 65535 (0 for any free port), not 'x'.",
            "--calls has an empty call ID: give call IDs separated by commas, such as c1,c2,c3.",
        }));
        Assert.That(errors.Select(e => ((int?)e["exitCode"], (string?)e["help"])), Is.All.EqualTo(((int?)2, "webex-conference simulator serve --help")));
    }

    [Test]
    public async Task Simulator_without_a_command_says_which_help_to_read()
    {
        var result = await RefusedAsync(["simulator"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Stderr, Does.EndWith("Run 'webex-conference simulator --help' for usage.\n"));
    }

    [Test]
    public async Task The_root_help_lists_serve_with_its_options_and_its_own_help_says_a_stop_is_its_normal_end()
    {
        var root = await RunAsync(["--help"]);
        var serve = await RunAsync(["simulator", "serve", "--help"]);

        Assert.That(root.Stdout, Does.Contain("\n  simulator serve [--port <port>] [--calls <callId,...>] [--journal-limit <requests>] [--journal-body-limit <bytes>]\n")
            .And.Contain("Runs the simulator as a server on 127.0.0.1 for tests in any language, until Ctrl+C or SIGTERM (its normal end: exit 0).\n")
            .And.Contain("  0    done; for simulator serve, stopped by Ctrl+C or SIGTERM, its normal end\n")
            .And.Contain("  2    a usage error: nothing was sent (for simulator serve, also a --port that is taken)\n"));
        Assert.That(serve.Stdout, Does.Contain("webex-conference simulator serve [options]")
            .And.Contain("--port <port>").And.Contain("--calls <callId,...>")
            .And.Contain("--journal-limit <requests>").And.Contain("[default: 1000]").And.Contain("--journal-body-limit <bytes>").And.Contain("[default: 4096]").And.Contain("For simulator serve, the token the simulator accepts"));
        Assert.That((root.ExitCode, serve.ExitCode), Is.EqualTo((ExitCodes.Success, ExitCodes.Success)));
    }

    // A refused command line ends at once; were it served instead, the patience stops it and the test sees exit 0, not a hang.
    private static async Task<CliResult> RefusedAsync(string[] args)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        return await RunAsync(args, cancellationToken: patience.Token);
    }

    private static string[] ServeWith(string option, string? value) =>
        value is null ? ["simulator", "serve", option] : ["simulator", "serve", option, value];

    private static HttpClient Client(string token)
    {
        var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [GeneratedRegex("^simulator: (?<baseUrl>http://127\\.0\\.0\\.1:\\d+/v1/)  token: (?<token>\\S+)  control: (?<control>\\S+)$")]
    private static partial Regex TextLine();
}
