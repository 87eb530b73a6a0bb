using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Webex.Calling.Conference.Http;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli.Conformance;

/// <summary>
/// Reads the conference of the user's line, of members/me and of a member, and compares each answer
/// with the spec: its status, its body at every depth, and its TrackingID header. Only GETs are sent,
/// through the library's pipeline (token, retries, timeouts), but as raw requests: the client's
/// generated methods would turn an undocumented status into an exception before it could be reported.
/// </summary>
internal static class ConformanceCheck
{
    private const string TrackingIdHeader = "TrackingID";

    public static async Task<ConformanceReport> RunAsync(
        ConferenceClientOptions options, Endpoint endpoint, ConnectionSettings settings, (string A, string B)? calls, Action<string> notice, CancellationToken cancellationToken)
    {
        using var http = ConferencePipeline.CreateHttpClient(options);
        var reads = Reads(settings).ToList();
        List<string> operations = [.. reads.Select(o => o.OperationId)];
        var findings = new List<Finding>();
        foreach (var operation in reads)
        {
            findings.AddRange((await CheckAsync(http, endpoint, operation, settings, body: null, notFoundIsAnAnswer: true, cancellationToken)).Findings);
        }

        if (calls is { } both)
        {
            await ConferenceScript.RunAsync(http, endpoint, settings, both.A, both.B, operations, findings, notice, cancellationToken);
        }

        return new ConformanceReport(operations, findings);
    }

    // Every GET of the spec the tool can fill in with no more than it was given: its own line, members/me,
    // and a member's only with --member; one that needs any other value (a call ID, say) is left out.
    // The spec's order, a member's last, as --member is the optional one.
    private static IEnumerable<SpecOperation> Reads(ConnectionSettings settings) =>
        ApiSpec.Served.Operations
            .Where(o => o.Method == "GET" && o.Parameters.All(p => !p.Required || p.Name == "memberId"))
            .Where(o => o.Scope != Testing.OperationScope.Member || settings.MemberId is not null)
            .OrderBy(o => o.Scope == Testing.OperationScope.Member);

    /// <summary>The spec's operation of that name on the conference the settings name: a member's with --member, else the user's own.</summary>
    public static SpecOperation Operation(string name, ConnectionSettings settings)
    {
        var scope = settings.MemberId is null ? Testing.OperationScope.User : Testing.OperationScope.Member;
        return ApiSpec.Served.Operations.Single(o => o.Name == name && o.Scope == scope);
    }

    /// <summary>
    /// Sends one request as the spec describes it, on the conference the settings name, and compares the
    /// answer; a refusal the spec lists throws.
    /// </summary>
    public static async Task<(IReadOnlyList<Finding> Findings, int Status)> CheckAsync(
        HttpClient http, Endpoint endpoint, SpecOperation operation, ConnectionSettings settings, object? body, bool notFoundIsAnAnswer, CancellationToken cancellationToken)
    {
        // Each call counts its own attempts, so a failure's report does not add those of the calls before it.
        endpoint.ResetAttempts();
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), new Uri(PathOf(operation, settings), UriKind.Relative));
        // A tracking ID as the client's own calls carry, so a request can be quoted to Webex support.
        request.Headers.TryAddWithoutValidation(TrackingIdHeader, ConferenceControlsClient.NewTrackingId());
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var status = (int)response.StatusCode;
        var id = operation.OperationId;
        var findings = new List<Finding>();
        if (!operation.Documents(status))
        {
            findings.Add(new Finding(id, Finding.UndocumentedStatus, status.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        else if (!response.IsSuccessStatusCode && !(status == 404 && notFoundIsAnAnswer))
        {
            // A refusal the spec lists (401, 403, 429 given up on) is no drift but a failure: exit 3.
            // A 404 is how Webex may say there is no conference, a normal answer to a read.
            throw await ConferenceApiException.FromResponseAsync(response, problem: null, cause: null, cancellationToken);
        }

        if (!response.Headers.Contains(TrackingIdHeader))
        {
            findings.Add(new Finding(id, Finding.NoTrackingId, TrackingIdHeader));
        }

        if (response.IsSuccessStatusCode && operation.SuccessSchema is { } schema)
        {
            var answerText = await response.Content.ReadAsStringAsync(cancellationToken);
            if (answerText.Length > 0)
            {
                findings.AddRange(TryParse(answerText, out var answer)
                    ? AnswerSchemaCheck.Differences(id, answer, schema)
                    : [new Finding(id, Finding.NotJson, "answer")]);
            }
        }

        return (findings, status);
    }

    // The spec's path under the API root; members/{memberId} with the member escaped, and its org.
    private static string PathOf(SpecOperation operation, ConnectionSettings settings)
    {
        var path = operation.PathTemplate.TrimStart('/');
        if (operation.Scope != Testing.OperationScope.Member)
        {
            return path;
        }

        path = path.Replace("{memberId}", Uri.EscapeDataString(settings.MemberId!), StringComparison.Ordinal);
        return settings.OrgId is { } org ? $"{path}?orgId={Uri.EscapeDataString(org)}" : path;
    }

    // JSON null is an answer too (the spec makes the body nullable), unlike text that is no JSON.
    private static bool TryParse(string body, out JsonNode? answer)
    {
        try
        {
            answer = JsonNode.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            answer = null;
            return false;
        }
    }
}
