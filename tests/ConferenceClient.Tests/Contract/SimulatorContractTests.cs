using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Tests.Contract;

/// <summary>
/// The same boundaries as <see cref="LibraryContractTests"/>, sent raw to the simulator: each invalid
/// one gets a 400 that names its parameter (a 404 for a path segment, which makes another path), each
/// valid one passes the simulator's checks (its behaviour may still say the call does not exist).
/// </summary>
public class SimulatorContractTests
{
    private static IEnumerable<TestCaseData> Operations() =>
        ContractOperation.All.Select(o => new TestCaseData(o.Id).SetName($"{o.Id}: the simulator keeps the spec's contract"));

    [TestCaseSource(nameof(Operations))]
    public async Task Every_boundary_sent_raw_gets_a_400_naming_it_or_passes(string operationId)
    {
        var operation = ContractOperation.All.Single(o => o.Id == operationId);
        using var simulator = ConferenceSimulator.Start();
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", simulator.AccessToken);
        var problems = new List<string>();

        foreach (var boundary in operation.Parameters.SelectMany(Boundary.Of).Prepend(null))
        {
            var call = ContractCall.With(operation, boundary);
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), simulator.BaseAddress.GetLeftPart(System.UriPartial.Authority) + call.Target());
            if (call.Body() is { } body)
            {
                request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
            }

            using var response = await http.SendAsync(request);
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            var what = boundary?.ToString() ?? "every required parameter valid";
            if (boundary is { Valid: false })
            {
                var expected = boundary.Parameter.In == "path" ? new[] { 400, 404 } : [400];
                var message = text.Length > 0 ? JsonNode.Parse(text)?["message"]?.GetValue<string>() : null;
                if (!expected.Contains(status) || (status == 400 && message?.Contains(boundary.Parameter.Name, System.StringComparison.Ordinal) != true))
                {
                    problems.Add($"{what}: answered {status} {message}");
                }
            }
            else if (status == 400)
            {
                problems.Add($"{what}: refused: {text}");
            }
        }

        Assert.That(problems, Is.Empty);
    }
}
