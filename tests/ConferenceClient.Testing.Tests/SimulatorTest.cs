using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Webex.Calling.Conference.Testing.Tests;

/// <summary>One simulator per test and a plain HttpClient that speaks to it as Webex would be spoken to.</summary>
public abstract class SimulatorTest
{
    protected ConferenceSimulator Simulator { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    [SetUp]
    public void StartSimulator()
    {
        Simulator = ConferenceSimulator.Start(Options());
        Http = new HttpClient { BaseAddress = Simulator.BaseAddress };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Simulator.AccessToken);
    }

    [TearDown]
    public void StopSimulator()
    {
        Http.Dispose();
        Simulator.Dispose();
    }

    /// <summary>How each test's simulator starts: any port, a new token, the embedded spec.</summary>
    protected virtual ConferenceSimulatorOptions Options() => new();

    protected Task<HttpResponseMessage> Post(string path, string? json = null) =>
        Http.PostAsync(path, json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"));

    protected async Task<JsonObject> Details(string? lineOwnerId = null)
    {
        using var response = await Http.GetAsync("telephony/conference" + (lineOwnerId is null ? "" : "?lineOwnerId=" + Uri.EscapeDataString(lineOwnerId)));
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    protected static async Task<JsonObject> ErrorOf(HttpResponseMessage response, int status)
    {
        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var header = response.Headers.GetValues("TrackingID");
        Assert.That(body["trackingId"]!.GetValue<string>(), Is.EqualTo(string.Join(",", header)).And.StartWith("ROUTER_SIM_"));
        Assert.That(body["message"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(body["errors"]![0]!["description"]!.GetValue<string>(), Is.EqualTo(body["message"]!.GetValue<string>()));
        return body;
    }

    protected static int Status(HttpResponseMessage response) => (int)response.StatusCode;

    /// <summary>A conference of these new calls on the user's own line, started over HTTP.</summary>
    protected async Task StartConferenceAsync(params string[] callIds)
    {
        AddCalls(callIds);
        await StartedAsync("telephony/conference", callIds);
    }

    /// <summary>A conference of these new calls of a member, started over HTTP.</summary>
    protected async Task StartMemberConferenceAsync(string memberId, params string[] callIds)
    {
        foreach (var callId in callIds)
        {
            Simulator.AddMemberCall(memberId, callId);
        }

        await StartedAsync($"telephony/conference/members/{Uri.EscapeDataString(memberId)}/conference", callIds);
    }

    /// <summary>Existing calls on the user's own line.</summary>
    protected void AddCalls(params string[] callIds)
    {
        foreach (var callId in callIds)
        {
            Simulator.AddCall(callId);
        }
    }

    private async Task StartedAsync(string path, string[] callIds)
    {
        using var started = await Post(path, JsonSerializer.Serialize(new { callIds }));
        Assert.That(Status(started), Is.EqualTo(204));
    }
}
