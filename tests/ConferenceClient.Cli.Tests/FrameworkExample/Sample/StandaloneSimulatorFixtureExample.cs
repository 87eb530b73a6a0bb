#nullable disable
using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using Webex.Calling.Conference;

namespace Webex.Calling.Conference.Cli.Tests.FrameworkExample.Sample;

// The README's "Testing on .NET Framework and .NET 8", as written: a test project on any .NET runs
// the standalone simulator for its tests and drives it through the control API. C# 7.3, the language
// of a .NET Framework project by default: no raw strings, no nullable annotations.
[SetUpFixture]
public class WebexSimulator
{
    private static Process _server;

    public static Uri BaseAddress { get; private set; }

    public static string AccessToken { get; private set; }

    private static Uri ControlAddress { get; set; }

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("webex-conference", "simulator serve --json") { RedirectStandardOutput = true, UseShellExecute = false };
        _server = Process.Start(start);
        var line = JObject.Parse(await _server.StandardOutput.ReadLineAsync());
        (BaseAddress, AccessToken, ControlAddress) = (new Uri((string)line["baseUrl"]), (string)line["token"], new Uri((string)line["control"]));
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _server?.Kill();
        _server?.Dispose();
    }

    /// <summary>A call of the control API: reset, calls, faults, conference, requests.</summary>
    public static async Task<string> ControlAsync(HttpMethod method, string path, string json = null)
    {
        using (var control = new HttpClient())
        using (var request = new HttpRequestMessage(method, new Uri(ControlAddress, path)))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
            request.Content = json == null ? null : new StringContent(json, Encoding.UTF8, "application/json");
            using (var answer = await control.SendAsync(request))
            {
                answer.EnsureSuccessStatusCode();
                return await answer.Content.ReadAsStringAsync();
            }
        }
    }
}

public class ReceptionConsoleTests
{
    [SetUp]
    public async Task TwoCallsOnTheLine()
    {
        await WebexSimulator.ControlAsync(HttpMethod.Post, "reset");
        await WebexSimulator.ControlAsync(HttpMethod.Post, "calls", "{\"callId\":\"caller\"}");
        await WebexSimulator.ControlAsync(HttpMethod.Post, "calls", "{\"callId\":\"agent\"}");
    }

    [Test]
    public async Task The_console_conferences_the_caller_with_the_agent_muted_after_one_429()
    {
        var client = new ConferenceControlsClient(new ConferenceClientOptions { AccessToken = WebexSimulator.AccessToken, BaseAddress = WebexSimulator.BaseAddress });
        await WebexSimulator.ControlAsync(HttpMethod.Post, "faults", "{\"fault\":\"rateLimited\",\"retryAfterSeconds\":1,\"operation\":\"mute\"}");

        await client.StartConferenceAsync(new[] { "caller", "agent" });
        await client.MuteAsync("agent");

        var details = await client.GetConferenceDetailsAsync();
        Assert.That(details.Participants.Single(p => p.CallId == "agent").Muted, Is.True);
        var journal = JArray.Parse(await WebexSimulator.ControlAsync(HttpMethod.Get, "requests"));
        Assert.That(journal.Where(r => (string)r["operation"] == "mute").Select(r => (int)r["status"]), Is.EqualTo(new[] { 429, 204 }));
    }
}
