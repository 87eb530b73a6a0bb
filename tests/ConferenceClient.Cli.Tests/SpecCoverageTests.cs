using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NSwag;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Output;
using Webex.Calling.Conference.Testing;
using Webex.Calling.Conference.Tests.Contract;

namespace Webex.Calling.Conference.Cli.Tests;

/// <summary>
/// The library and the tool's commands follow openapi/ by themselves; the simulator follows it by hand.
/// These tests read the spec and fail, naming what is missing, when an operation or an enum value of the
/// spec is not served by the simulator or the tool.
/// </summary>
public class SpecCoverageTests
{
    private const string MemberId = "agent-7";

    // Enum values no behaviour of the simulator shows, each with the open question that keeps it so.
    private static readonly Dictionary<string, string> ValuesTheSimulatorNeverShows = new()
    {
        ["state=disconnected"] = "Does Webex ever answer a released conference as state disconnected, or always {} as the simulator does?",
    };

    private static readonly Lazy<OpenApiDocument> Spec = new(() =>
        OpenApiYamlDocument.FromFileAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "openapi", "conference-controls.yaml")).GetAwaiter().GetResult());

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

            string[] scopeOptions = operation.Scope switch { ContractScope.Member => ["--member", MemberId], ContractScope.Me => ["--me"], _ => [] };
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
    public async Task Every_enum_value_the_simulator_shows_is_in_the_spec_and_each_it_never_shows_is_named()
    {
        using var simulator = ConferenceSimulator.Start();
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", simulator.AccessToken);
        var seen = new HashSet<string>();

        // In each scope: a conference, then every operation without a body (hold, the supervisor modes, …),
        // each followed by the details; release is left for last, as it ends the conference.
        foreach (var scope in Enum.GetValues<ContractScope>().Where(s => s != ContractScope.Me))
        {
            var (first, second) = scope == ContractScope.Member ? ("m-1", "m-2") : ("u-1", "u-2");
            var operations = ContractOperation.All.Where(o => o.Scope == scope).ToList();
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

            await SendAsync(http, operations.Single(o => o.PublicName == "StartConference"), $$"""{"callIds":["{{first}}","{{second}}"]}""");
            await RecordDetailsAsync(http, operations.Single(o => o.PublicName == "GetConferenceDetails"), seen);
            foreach (var operation in operations.Where(o => o.Method == "POST" && !o.HasBody))
            {
                await SendAsync(http, operation, body: null);
                await RecordDetailsAsync(http, operations.Single(o => o.PublicName == "GetConferenceDetails"), seen);
            }
        }

        var documented = DetailsEnumValues().Select(v => $"{v.Property}={v.Value}").ToHashSet();

        // A value added to the spec that no behaviour shows yet is named, not a failure: the spec cannot
        // say what makes a conference take it, and the client reads it all the same.
        foreach (var value in documented.Where(v => !seen.Contains(v) && !ValuesTheSimulatorNeverShows.ContainsKey(v)))
        {
            TestContext.Out.WriteLine($"{value}: shown by no behaviour of the simulator yet");
        }

        Assert.Multiple(() =>
        {
            Assert.That(seen.Where(v => !documented.Contains(v)), Is.Empty, "the simulator shows values the spec does not list");
            Assert.That(ValuesTheSimulatorNeverShows.Where(e => !documented.Contains(e.Key) || seen.Contains(e.Key) || !e.Value.EndsWith('?')).Select(e => e.Key),
                Is.Empty, "an exemption must be a value of the spec the simulator does not show, with the open question that keeps it so");
        });
    }

    [Test]
    public void Every_enum_value_of_the_details_is_printed_as_sent_by_the_tool()
    {
        var missing = new List<string>();
        foreach (var (property, value) in DetailsEnumValues())
        {
            var details = new ConferenceDetails { State = ConferenceState.Connected };
            var member = typeof(ConferenceDetails).GetProperty(char.ToUpperInvariant(property[0]) + property[1..])!;
            member.SetValue(details, Activator.CreateInstance(Nullable.GetUnderlyingType(member.PropertyType)!, value));
            foreach (var json in new[] { false, true })
            {
                using var stdout = new StringWriter();
                ConsoleOutput.Create(json, verbose: false, stdout, TextWriter.Null).Conference(details);
                if (!stdout.ToString().Contains(value, StringComparison.Ordinal))
                {
                    missing.Add($"{property}={value} ({(json ? "--json" : "text")}): {stdout.ToString().Trim()}");
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

    private static async Task SendAsync(HttpClient http, ContractOperation operation, string? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.Path.TrimStart('/').Replace("{memberId}", MemberId, StringComparison.Ordinal));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{operation.Id} answered {(int)response.StatusCode}");
    }

    private static async Task RecordDetailsAsync(HttpClient http, ContractOperation get, HashSet<string> seen)
    {
        var details = JObject.Parse(await http.GetStringAsync(get.Path.TrimStart('/').Replace("{memberId}", MemberId, StringComparison.Ordinal)));
        foreach (var (property, _) in DetailsEnumValues())
        {
            if (details[property] is JValue { Type: JTokenType.String } value)
            {
                seen.Add($"{property}={value}");
            }
        }
    }

    // Every enum property of the conference details and each value the spec lists for it.
    private static IEnumerable<(string Property, string Value)> DetailsEnumValues() =>
        from property in Spec.Value.Components.Schemas["ConferenceDetails"].ActualProperties
        let schema = property.Value.ActualSchema
        where schema.IsEnumeration
        from value in schema.Enumeration
        select (property.Key, value!.ToString()!);
}
