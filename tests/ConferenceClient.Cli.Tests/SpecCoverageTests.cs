using System;
using System.Collections.Generic;
using System.Globalization;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NSwag;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;
using Webex.Calling.Conference.Testing;
using Webex.Calling.Conference.Tests.Contract;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Cli.Tests;

/// <summary>
/// The whole spec against the simulator and the tool: every operation is routed by the simulator and sent
/// by its command, with an argument or option for each parameter; every field and enum value of every
/// answer, at any depth, is printed by the tool, and is either sent by some behaviour of the simulator or
/// reported as not yet. A failure names what is missing.
/// </summary>
public class SpecCoverageTests
{
    private const string MemberId = "agent-7";

    // Fields and enum values of the answers (model: path, or model: path=value) that no behaviour of the
    // simulator sends, each with the open question that keeps it so.
    private static readonly Dictionary<string, string> NeverSentBySimulator = new()
    {
        ["ConferenceDetails: state=disconnected"] = "Does Webex ever answer a released conference as state disconnected, or always {} as the simulator does?",
    };

    [Test]
    public void The_spec_is_read_whole() =>
        Assert.That(ContractOperation.All.Select(o => o.Id).ToList(), Has.Count.GreaterThanOrEqualTo(36).And.Contains("SupervisorCoachForMe"));

    [Test]
    public async Task Every_operation_of_the_spec_has_a_simulator_route()
    {
        using var simulator = ConferenceSimulator.Start();
        using var http = new HttpClient();
        var operations = ContractOperation.All;

        foreach (var operation in operations)
        {
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), new Uri(simulator.BaseAddress, operation.Path.TrimStart('/').Replace("{memberId}", MemberId, StringComparison.Ordinal)));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", simulator.AccessToken);
            if (operation.HasBody)
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            using var _ = await http.SendAsync(request);
        }

        var pairs = operations.Zip(simulator.Requests).ToList();
        var missing = pairs
            .Where(pair => pair.Second.OperationId != pair.First.Id || pair.Second.MemberId != ExpectedMember(pair.First.Scope)
                || (pair.Second.Operation is { } behaviour && behaviour.ToString() != pair.First.PublicName))
            .Select(pair => $"{pair.First.Id} ({pair.First.Method} {pair.First.Path}): the simulator took it for {pair.Second.OperationId ?? "no operation"} ({(object?)pair.Second.Operation ?? "no behaviour"})");

        // An operation the simulator has no behaviour for is served generically: routed, checked, answered
        // with its success status. That is a fact to report, not a failure.
        foreach (var (operation, _) in pairs.Where(pair => pair.Second.OperationId == pair.First.Id && pair.Second.Operation is null))
        {
            TestContext.Out.WriteLine($"{operation.Id}: served generically (no behaviour of the simulator's own)");
        }

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public async Task Every_operation_of_the_spec_is_sent_by_the_command_named_after_it()
    {
        using var simulator = ConferenceSimulator.Start();
        var commands = new ConferenceCommands(new CliContext(TextWriter.Null, TextWriter.Null, _ => null, null)).Create().Subcommands;
        var missing = new List<string>();

        foreach (var operation in ContractOperation.All)
        {
            var name = Kebab(operation.PublicName);
            if (commands.SingleOrDefault(c => c.Name == name) is not { } command)
            {
                missing.Add($"{operation.Id}: the tool has no command {name}");
                continue;
            }

            // Each parameter of the operation is an argument or option of its own; the scope's are common options.
            foreach (var parameter in operation.Parameters.Where(p => p.Name is not ("memberId" or "orgId" or "lineOwnerId")
                && !((ApiCommand)command).Parameters.Any(s => s.Parameter.Name == p.Name)))
            {
                missing.Add($"{operation.Id}: {name} has no argument or option for {parameter}");
            }

            var scopeOptions = ScopeOptions(operation.Scope);
            var before = simulator.Requests.Count;
            await ConferenceCli.RunAsync(
                [name, .. ArgumentsFor(command), .. scopeOptions, "--base-url", simulator.BaseAddress.ToString(), "--token", simulator.AccessToken],
                TextWriter.Null, TextWriter.Null, new Dictionary<string, string?>(), o => o.MaxRetries = 0);

            var expected = $"{operation.Method} {new Uri(simulator.BaseAddress, operation.Path.TrimStart('/').Replace("{memberId}", MemberId, StringComparison.Ordinal)).AbsolutePath} member {ExpectedMember(operation.Scope) ?? "none"}";
            var sent = simulator.Requests.Skip(before).Select(r => $"{r.Method} {r.Path} member {r.MemberId ?? "none"}").ToList();
            if (sent is not [var only] || only != expected)
            {
                missing.Add($"{operation.Id}: {name} {string.Join(' ', scopeOptions)} sent [{string.Join(", ", sent)}], not {expected}");
            }
        }

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public async Task Every_field_and_enum_value_the_simulator_sends_is_in_the_spec_and_each_it_never_sends_is_named()
    {
        using var simulator = ConferenceSimulator.Start();
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", simulator.AccessToken);
        var seen = new HashSet<string>();

        // In each scope: a conference, then every operation without a body (hold, the supervisor modes, …),
        // each followed by the details; a request the simulator refuses (400) and one on a call it does not
        // have (404) for the error body; release is left for last, as it ends the conference.
        foreach (var scope in Enum.GetValues<ContractScope>().Where(s => s != ContractScope.Me))
        {
            var (first, second) = scope == ContractScope.Member ? ("m-1", "m-2") : ("u-1", "u-2");
            var operations = ContractOperation.All.Where(o => o.Scope == scope).ToList();
            var details = operations.Single(o => o.PublicName == "GetConferenceDetails");
            if (scope == ContractScope.Member)
            {
                simulator.AddMemberCall(MemberId, first);
                simulator.AddMemberCall(MemberId, second);
            }
            else
            {
                simulator.AddCall(first);
                simulator.AddCall(second);
            }

            var start = operations.Single(o => o.PublicName == "StartConference");
            await SendAsync(http, details, body: null, seen);
            await SendAsync(http, start, $$"""{"callIds":["{{first}}"]}""", seen, HttpStatusCode.BadRequest);
            await SendAsync(http, operations.Single(o => o.PublicName == "Mute"), """{"callId":"no-such-call"}""", seen, HttpStatusCode.NotFound);
            await SendAsync(http, start, $$"""{"callIds":["{{first}}","{{second}}"]}""", seen);
            await SendAsync(http, details, body: null, seen);
            foreach (var operation in operations.Where(o => o.Method == "POST" && !o.HasBody))
            {
                await SendAsync(http, operation, body: null, seen);
                await SendAsync(http, details, body: null, seen);
            }
        }

        var fields = (
            from answer in ContractOperation.All.SelectMany(o => o.Answers).DistinctBy(a => a.Model)
            from field in ModelFields.Of(answer.Schema)
            select (Key: $"{answer.Model}: {field.Path}", field.EnumValues)).ToList();
        var documented = fields.SelectMany(f => f.EnumValues.Select(v => $"{f.Key}={v}").Prepend(f.Key)).ToHashSet();

        // The values sent are compared where the spec lists them: at its enums.
        var enums = fields.Where(f => f.EnumValues.Count > 0).Select(f => f.Key).ToHashSet();
        seen.RemoveWhere(e => e.IndexOf('=', StringComparison.Ordinal) is > 0 and var end && !enums.Contains(e[..end]));

        // A field or value added to the spec that no behaviour sends yet is named, not a failure: the spec
        // cannot say what makes a conference have it, and the client reads it all the same.
        foreach (var entry in documented.Where(e => !seen.Contains(e) && !NeverSentBySimulator.ContainsKey(e)))
        {
            TestContext.Out.WriteLine($"{entry}: sent by no behaviour of the simulator yet");
        }

        Assert.Multiple(() =>
        {
            Assert.That(seen.Where(e => !documented.Contains(e)), Is.Empty, "the simulator sends fields or values the spec does not list");
            Assert.That(NeverSentBySimulator.Where(e => !documented.Contains(e.Key) || seen.Contains(e.Key) || !e.Value.EndsWith('?')).Select(e => e.Key),
                Is.Empty, "an exemption must be a field or value of the spec the simulator does not send, with the open question that keeps it so");
        });
    }

    [Test]
    public async Task Every_field_and_enum_value_of_every_answer_is_printed_by_the_tool_as_text_and_as_json()
    {
        var commands = new ConferenceCommands(new CliContext(TextWriter.Null, TextWriter.Null, _ => null, null)).Create().Subcommands;
        var missing = new List<string>();

        // Each operation with a result, once, in its first scope.
        foreach (var operation in ContractOperation.All.Where(o => o.HasResult).DistinctBy(o => o.PublicName))
        {
            var command = commands.Single(c => c.Name == Kebab(operation.PublicName));
            string[] args = [command.Name, .. ArgumentsFor(command), .. ScopeOptions(operation.Scope), "--token", "t", "--max-retries", "0"];
            var fields = ModelFields.Of(operation.Answers.Single(a => a.Status == operation.SuccessStatus).Schema);
            var every = ModelFields.Instance(fields.Select(f => (f, f.Sample(0))));
            var (baseline, _) = await PrintedAsync(args, every);

            foreach (var field in fields)
            {
                var values = field.EnumValues.Count > 0 ? field.EnumValues.Select(v => (JToken)v) : [field.Sample(1)];
                foreach (var value in values)
                {
                    var answer = (JObject)every.DeepClone();
                    ModelFields.Set(answer, field, value);
                    var (text, json) = await PrintedAsync(args, answer);
                    var what = $"{operation.PublicName}: {field.Path} = {value.ToString(Newtonsoft.Json.Formatting.None)}";

                    // As text: a value of an enum as sent; any other changes what is printed.
                    var changed = JToken.DeepEquals(value, field.Sample(0)) || text != baseline;
                    if (!changed || (field.EnumValues.Count > 0 && !text.Contains((string)value!, StringComparison.Ordinal)))
                    {
                        missing.Add($"{what}: the text does not show it:\n{text}");
                    }

                    // As JSON: the value in its place.
                    var printed = json.SelectToken(field.InstancePath);
                    if (!SameValue(printed, value))
                    {
                        missing.Add($"{what}: --json printed {printed?.ToString(Newtonsoft.Json.Formatting.None) ?? "nothing"} in its place");
                    }
                }
            }
        }

        Assert.That(missing, Is.Empty);
    }

    // GetConferenceDetails → get-conference-details, written here apart from the tool's own.
    private static string Kebab(string name) => Regex.Replace(name, "(?<=.)([A-Z])", "-$1").ToLowerInvariant();

    private static string? ExpectedMember(ContractScope scope) => scope switch { ContractScope.Member => MemberId, ContractScope.Me => "me", _ => null };

    // A call ID for each argument of a command: two where it takes several, none where it may take none.
    private static IEnumerable<string> ArgumentsFor(Command command) =>
        command.Arguments.SelectMany(a => a.Arity.MaximumNumberOfValues > 1 ? ["c-1", "c-2"] : a.Arity.MinimumNumberOfValues > 0 ? new[] { "c-1" } : []);

    private static string[] ScopeOptions(ContractScope scope) => scope switch { ContractScope.Member => ["--member", MemberId], ContractScope.Me => ["--me"], _ => [] };

    // Sends a request and records every field of the answer's body, and each string value, under the model the spec names for its status.
    private static async Task SendAsync(HttpClient http, ContractOperation operation, string? body, HashSet<string> seen, HttpStatusCode expected = 0)
    {
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.Path.TrimStart('/').Replace("{memberId}", MemberId, StringComparison.Ordinal));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        Assert.That(expected == 0 ? response.IsSuccessStatusCode : response.StatusCode == expected, Is.True, $"{operation.Id} answered {(int)response.StatusCode}");
        var text = await response.Content.ReadAsStringAsync();
        if (text.Length == 0)
        {
            return;
        }

        var model = operation.Answers.SingleOrDefault(a => a.Status == (int)response.StatusCode)?.Model ?? $"{operation.Id} {(int)response.StatusCode} (not in the spec)";
        Record(model, string.Empty, JToken.Parse(text), seen);
    }

    private static void Record(string model, string path, JToken token, HashSet<string> seen)
    {
        switch (token)
        {
            case JObject fields:
                foreach (var field in fields.Properties())
                {
                    Record(model, path.Length == 0 ? field.Name : $"{path}.{field.Name}", field.Value, seen);
                }

                break;
            case JArray items when items.Any(i => i is JObject):
                foreach (var item in items)
                {
                    Record(model, path + "[]", item, seen);
                }

                break;
            default:
                seen.Add($"{model}: {path}");
                if (token.Type == JTokenType.String)
                {
                    seen.Add($"{model}: {path}={token}");
                }

                break;
        }
    }

    // The tool's stdout for an answer, as text and with --json (dates kept as their text).
    private static async Task<(string Text, JObject Json)> PrintedAsync(string[] args, JObject answer)
    {
        var body = answer.ToString(Newtonsoft.Json.Formatting.None);
        using var server = new RawAnswerServer(
            $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTrackingID: t\r\nContent-Length: {Encoding.ASCII.GetByteCount(body)}\r\n\r\n{body}");
        string[] against = [.. args, "--base-url", server.BaseAddress.ToString()];
        using var text = new StringWriter();
        using var json = new StringWriter();
        Assert.That(await ConferenceCli.RunAsync(against, text, TextWriter.Null, new Dictionary<string, string?>()), Is.Zero, string.Join(' ', against));
        Assert.That(await ConferenceCli.RunAsync([.. against, "--json"], json, TextWriter.Null, new Dictionary<string, string?>()), Is.Zero);
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(json.ToString())) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
        return (text.ToString(), JObject.Load(reader));
    }

    // The same value; a time may come back in another notation of the same instant.
    private static bool SameValue(JToken? printed, JToken sent) =>
        JToken.DeepEquals(printed, sent)
        || (printed?.Type == JTokenType.String && sent.Type == JTokenType.String
            && DateTimeOffset.TryParse((string)printed!, CultureInfo.InvariantCulture, out var a)
            && DateTimeOffset.TryParse((string)sent!, CultureInfo.InvariantCulture, out var b) && a == b);
}
