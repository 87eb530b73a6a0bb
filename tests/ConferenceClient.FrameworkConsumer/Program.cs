using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Webex.Calling.Conference;

namespace Webex.Calling.Conference.FrameworkConsumer;

/// <summary>
/// The library's netstandard2.0 build in a .NET Framework app, against a simulator that serves at the
/// address, token and control root given: start, a 429 waited out on mute, details, an attempt that
/// times out, release from dependency injection. Exit 0 when every step did what Webex would show.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: FrameworkConsumer <baseUrl> <token> <controlUrl>  (from webex-conference simulator serve)");
            return 2;
        }

        var (baseAddress, token, control) = (new Uri(args[0]), args[1], new Uri(args[2]));
        Console.WriteLine($"runtime: {RuntimeInformation.FrameworkDescription}; library: {typeof(ConferenceControlsClient).Assembly.GetName().Version}");
        using var simulator = new HttpClient { BaseAddress = control };
        simulator.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var client = new ConferenceControlsClient(new ConferenceClientOptions { AccessToken = token, BaseAddress = baseAddress, ApplicationId = "FrameworkConsumer/1.0" });
        await client.StartConferenceAsync(["c1", "c2"]);

        // One 429 with Retry-After: 1 on the next mute: the client waits it out and sends again.
        await PostAsync(simulator, "faults", """{"fault":"rateLimited","retryAfterSeconds":1,"operation":"mute"}""");
        await client.MuteAsync("c1");
        var details = await client.GetConferenceDetailsAsync();
        Console.WriteLine($"details: {details.State}, {details.Participants?.Count} participants, c1 muted: {details.Participants?.Single(p => p.CallId == "c1").Muted}");

        // An answer held 5 s, an attempt allowed 1 s and no retries: the runtime's handler is cancelled in time.
        await PostAsync(simulator, "faults", """{"fault":"delay","delayMs":5000,"operation":"getConferenceDetails"}""");
        var impatient = new ConferenceControlsClient(new ConferenceClientOptions { AccessToken = token, BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(1), MaxRetries = 0 });
        var timedOut = await FailureOf(() => impatient.GetConferenceDetailsAsync());
        Console.WriteLine($"a held answer: {timedOut?.GetType().Name}: {timedOut?.Message}");

        var services = new ServiceCollection();
        services.AddConferenceControlsClient(o => (o.AccessToken, o.BaseAddress) = (token, baseAddress));
        using (var provider = services.BuildServiceProvider())
        {
            await provider.GetRequiredService<IConferenceControlsClient>().ReleaseConferenceAsync();
        }

        var journal = JArray.Parse(await simulator.GetStringAsync("requests"));
        var mutes = journal.Where(r => (string?)r["operation"] == "mute").Select(r => (int)r["status"]!).ToArray();
        var after = await simulator.GetStringAsync("conference");
        var userAgent = (string?)journal.First()["headers"]?["User-Agent"] ?? (string?)journal.First()["headers"]?["user-agent"];
        Console.WriteLine($"mute answers: {string.Join(", ", mutes)}; after release: {after}; User-Agent: {userAgent}");

        var ok = details.State == ConferenceState.Connected && details.Participants?.Count == 2
            && details.Participants.Single(p => p.CallId == "c1").Muted == true
            && mutes.SequenceEqual([429, 204]) && after.Trim() == "{}" && timedOut is TimeoutException;
        Console.WriteLine(ok ? "framework consumer: ok" : "framework consumer: FAILED");
        return ok ? 0 : 1;
    }

    private static async Task<Exception?> FailureOf(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (Exception failure)
        {
            return failure;
        }
    }

    private static async Task PostAsync(HttpClient simulator, string path, string json)
    {
        using var body = new StringContent(json, Encoding.UTF8, "application/json");
        using var answer = await simulator.PostAsync(path, body);
        answer.EnsureSuccessStatusCode();
    }
}
