using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NJsonSchema;
using NSwag;
using NUnit.Framework;

namespace Webex.Calling.Conference.Testing.Tests;

/// <summary>
/// Every operation of the spec, in every scope, played on the simulator: a valid request gets the
/// spec's success status, and each answer (the success, a 400, the details afterwards) holds to the
/// spec's response schema and headers. The spec is read here with NSwag and the answers checked with
/// NJsonSchema, not with the simulator's own reader and checks.
/// </summary>
public class AnswersFollowTheSpecTests
{
    private const string MemberId = "agent-7";

    private static readonly Lazy<OpenApiDocument> Spec = new(() =>
    {
        using var resource = typeof(ConferenceSimulator).Assembly.GetManifestResourceStream("conference-controls.yaml")!;
        return OpenApiYamlDocument.FromYamlAsync(new StreamReader(resource).ReadToEnd()).GetAwaiter().GetResult();
    });

    private static IEnumerable<TestCaseData> Operations() =>
        Spec.Value.Operations.Select(o => new TestCaseData(o.Operation.OperationId).SetName($"{o.Operation.OperationId} follows the spec"));

    [TestCaseSource(nameof(Operations))]
    public async Task Each_answer_holds_to_the_spec(string operationId)
    {
        var operation = Spec.Value.Operations.Single(o => o.Operation.OperationId == operationId);
        using var simulator = ConferenceSimulator.Start();
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", simulator.AccessToken);
        var member = operation.Path.Contains("{memberId}", StringComparison.Ordinal);
        var get = Spec.Value.Operations.Single(o => o.Path == ConferencePath(operation.Path) && o.Method == "get");
        await SeedAsync(simulator, http, get, member, startConference: !IsStart(operation));

        using var done = await SendAsync(http, operation, Body(operation), query: "");
        var success = operation.Operation.ActualResponses.Keys.Where(k => k.StartsWith('2')).Min()!;
        Assert.That(((int)done.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(success), await done.Content.ReadAsStringAsync());
        await AssertFollowsAsync(operation, done);

        using var refused = await SendAsync(http, operation, Body(operation), query: "?bogus=1");
        Assert.That((int)refused.StatusCode, Is.EqualTo(400));
        await AssertFollowsAsync(operation, refused);

        using var details = await SendAsync(http, get, body: null, query: "");
        await AssertFollowsAsync(get, details);
    }

    // The status's schema and headers: the body validates, and every header the spec lists is there.
    private static async Task AssertFollowsAsync(OpenApiOperationDescription operation, HttpResponseMessage answer)
    {
        var status = ((int)answer.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(operation.Operation.ActualResponses.TryGetValue(status, out var response), Is.True, $"{operation.Operation.OperationId} does not list {status}");
        var text = await answer.Content.ReadAsStringAsync();
        var schema = response!.Content.TryGetValue("application/json", out var media) ? media.Schema : null;
        Assert.Multiple(() =>
        {
            Assert.That(text.Length > 0, Is.EqualTo(schema is not null), $"{operation.Operation.OperationId} {status}: a body exactly when the spec has one: '{text}'");
            if (schema is not null)
            {
                Assert.That(schema.Validate(text).Select(e => e.ToString()), Is.Empty, $"{operation.Operation.OperationId} {status}: {text}");
            }

            foreach (var header in response.Headers.Keys.Where(h => h != "Retry-After"))
            {
                Assert.That(answer.Headers.Contains(header), Is.True, $"{operation.Operation.OperationId} {status} lacks {header}");
            }
        });
    }

    // Calls c1, c2 and c3 on the line the operation acts on; c1 and c2 in a conference unless the operation starts one.
    private static async Task SeedAsync(ConferenceSimulator simulator, HttpClient http, OpenApiOperationDescription get, bool member, bool startConference)
    {
        foreach (var callId in new[] { "c1", "c2", "c3" })
        {
            if (member)
            {
                simulator.AddMemberCall(MemberId, callId);
            }
            else
            {
                simulator.AddCall(callId);
            }
        }

        if (startConference)
        {
            var start = Spec.Value.Operations.Single(o => o.Path == get.Path && o.Method == "post");
            using var started = await SendAsync(http, start, """{"callIds":["c1","c2"]}""", query: "");
            Assert.That(started.IsSuccessStatusCode, Is.True);
        }
    }

    // The required fields, with calls the simulator has: the new ones for start, c3 to add, c1 otherwise.
    private static string? Body(OpenApiOperationDescription operation)
    {
        if (operation.Operation.ActualRequestBody?.Content["application/json"].Schema.ActualSchema is not { } schema)
        {
            return null;
        }

        var body = new JsonObject();
        foreach (var name in schema.RequiredProperties)
        {
            body[name] = name switch
            {
                "callIds" => new JsonArray("c1", "c2"),
                "callId" => operation.Operation.OperationId.StartsWith("AddParticipant", StringComparison.Ordinal) ? "c3" : "c1",
                _ => JsonNode.Parse(schema.ActualProperties[name].ActualSchema.ToSampleJson().ToString(Newtonsoft.Json.Formatting.None)),
            };
        }

        return body.ToJsonString();
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, OpenApiOperationDescription operation, string? body, string query)
    {
        var request = new HttpRequestMessage(new HttpMethod(operation.Method.ToUpperInvariant()), operation.Path.TrimStart('/').Replace("{memberId}", MemberId, StringComparison.Ordinal) + query);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return http.SendAsync(request);
    }

    private static bool IsStart(OpenApiOperationDescription operation) =>
        operation.Method == "post" && operation.Path == ConferencePath(operation.Path);

    // The conference resource of the operation's scope: telephony/conference, or …/members/{id}/conference.
    private static string ConferencePath(string path) =>
        path.Contains("/members/", StringComparison.Ordinal) ? path[..(path.IndexOf("/members/", StringComparison.Ordinal) + "/members/".Length)] + path.Split('/')[4] + "/conference" : "/telephony/conference";
}
