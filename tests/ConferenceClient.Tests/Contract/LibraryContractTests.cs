using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Webex.Calling.Conference.Tests.Contract;

/// <summary>
/// Contract tests generated from the spec's constraints, for every operation: each invalid boundary of
/// each parameter (missing, empty, blank, one under minLength, one over maxLength, under minItems, a
/// pattern miss, outside an enum or a bound) is refused by the library before anything is sent; each
/// valid boundary is sent, with the line owner where the spec puts it, and the spec's success status
/// is taken. Nothing here names an operation: a new one is covered as soon as it is in the spec.
/// </summary>
public class LibraryContractTests : ConferenceServerTest
{
    private static IEnumerable<TestCaseData> Operations() =>
        ContractOperation.All.Select(o => new TestCaseData(o.Id).SetName($"{o.Id}: the library keeps the spec's contract"));

    [Test]
    public void The_spec_has_operations_and_constraints_to_test() =>
        Assert.That(ContractOperation.All.SelectMany(o => o.Parameters).SelectMany(Boundary.Of).Count(b => !b.Valid), Is.GreaterThan(36));

    [TestCaseSource(nameof(Operations))]
    public async Task Every_boundary_is_refused_before_sending_or_sent_as_the_spec_says(string operationId)
    {
        var operation = ContractOperation.All.Single(o => o.Id == operationId);
        var client = CreateClient(o => o.MaxRetries = 0);
        var problems = new List<string>();

        foreach (var boundary in operation.Parameters.SelectMany(Boundary.Of).Prepend(null))
        {
            Server.Reset();
            Server.Given(Request.Create().UsingAnyMethod()).RespondWith(operation.HasResult
                ? Response.Create().WithStatusCode(operation.SuccessStatus).WithHeader("Content-Type", "application/json").WithBody("{}")
                : Response.Create().WithStatusCode(operation.SuccessStatus));
            var call = ContractCall.With(operation, boundary);
            var what = boundary?.ToString() ?? "every required parameter valid";

            Exception? refused = null;
            try
            {
                await call.InvokeAsync(client);
            }
            catch (Exception exception)
            {
                refused = exception;
            }

            var sent = Server.LogEntries.ToList();
            if (boundary is { Valid: false })
            {
                if (refused is not ArgumentException)
                {
                    problems.Add($"{what}: not refused by a guard ({refused?.GetType().Name ?? "no exception"}; {sent.Count} request(s) sent)");
                }
                else if (sent.Count > 0)
                {
                    problems.Add($"{what}: refused, but only after sending");
                }

                continue;
            }

            if (refused is not null)
            {
                problems.Add($"{what}: refused ({refused.GetType().Name}: {refused.Message})");
                continue;
            }

            if (sent.Count != 1)
            {
                problems.Add($"{what}: {sent.Count} requests sent");
                continue;
            }

            problems.AddRange(WireProblems(call, sent[0].RequestMessage).Select(p => $"{what}: {p}"));
        }

        Assert.That(problems, Is.Empty);
    }

    // The request as the spec describes it: method, path with its parameters, query and body with the
    // values given (lineOwnerId among them, wherever the spec puts it).
    private static IEnumerable<string> WireProblems(ContractCall call, WireMock.IRequestMessage request)
    {
        var expected = call.Target();
        var sentTarget = request.AbsolutePath + (request.RawQuery is { Length: > 0 } query ? "?" + query.TrimStart('?') : "");
        if (request.Method != call.Operation.Method)
        {
            yield return $"sent {request.Method}, not {call.Operation.Method}";
        }

        if (!string.Equals(Uri.UnescapeDataString(sentTarget), Uri.UnescapeDataString(expected), StringComparison.Ordinal))
        {
            yield return $"sent {sentTarget}, not {expected}";
        }

        if (call.Body() is { } body)
        {
            var sentBody = JsonNode.Parse(string.IsNullOrEmpty(request.Body) ? "{}" : request.Body)!.AsObject();
            foreach (var (name, value) in body)
            {
                if (!JsonNode.DeepEquals(sentBody[name], value))
                {
                    yield return $"sent {name} as {sentBody[name]?.ToJsonString() ?? "nothing"}, not {value?.ToJsonString()}";
                }
            }
        }
    }
}
