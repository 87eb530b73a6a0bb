using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Benchmarks;

/// <summary>
/// The hand-written GET with the client's duties added one at a time, each step keeping the ones
/// before it: what each duty costs over a socket, where the in-memory benchmarks cannot see it.
/// </summary>
internal sealed class DutyLadder : IDisposable
{
    private static readonly Newtonsoft.Json.JsonSerializer Serializer = Newtonsoft.Json.JsonSerializer.CreateDefault();
    private static readonly Newtonsoft.Json.JsonSerializer ClientSerializer = Newtonsoft.Json.JsonSerializer.Create(ConferenceControlsClient.SerializerSettings);

    // What the client sends besides the token and tracking ID (its User-Agent names the library, version and runtime).
    private const string UserAgent = "webex-conference-dotnet/1.0.0 (.NET 10.0.12; Linux 6.1.0 #1 SMP)";

    private readonly HttpClient _http;
    private readonly HttpClient _withUserAgent;

    public DutyLadder(Uri baseAddress, string token)
    {
        _http = Client(baseAddress, token);
        _withUserAgent = Client(baseAddress, token);
        _withUserAgent.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
    }

    /// <summary>The steps, from the hand-written call up: each a name and the call.</summary>
    public IReadOnlyList<(string Name, Func<Task> Call)> Steps(string query) =>
    [
        ("hand-written (stream)", () => GetAsync<PlainDetails>(Serializer, _http, query, headers: false, buffer: false, timeout: false)),
        ("+ Accept, User-Agent", () => GetAsync<PlainDetails>(Serializer, _withUserAgent, query, headers: true, buffer: false, timeout: false)),
        ("+ read buffered first", () => GetAsync<PlainDetails>(Serializer, _withUserAgent, query, headers: true, buffer: true, timeout: false)),
        ("+ timer per attempt", () => GetAsync<PlainDetails>(Serializer, _withUserAgent, query, headers: true, buffer: true, timeout: true)),
        ("+ client's settings, model", () => GetAsync<ConferenceDetails>(ClientSerializer, _withUserAgent, query, headers: true, buffer: true, timeout: true)),
    ];

    public void Dispose()
    {
        _http.Dispose();
        _withUserAgent.Dispose();
    }

    private static HttpClient Client(Uri baseAddress, string token)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<T?> GetAsync<T>(Newtonsoft.Json.JsonSerializer serializer, HttpClient http, string query, bool headers, bool buffer, bool timeout)
    {
        using var timer = timeout ? new CancellationTokenSource(TimeSpan.FromSeconds(30)) : null;
        var token = timer?.Token ?? CancellationToken.None;
        using var request = new HttpRequestMessage(HttpMethod.Get, "telephony/conference" + query);
        request.Headers.TryAddWithoutValidation("TrackingID", "BENCH_" + Guid.NewGuid().ToString("D"));
        if (headers)
        {
            request.Headers.TryAddWithoutValidation("Accept", "application/json");
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        if (buffer)
        {
            await response.Content.LoadIntoBufferAsync(1024 * 1024, token).ConfigureAwait(false);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
        using var reader = new Newtonsoft.Json.JsonTextReader(new StreamReader(stream));
        return serializer.Deserialize<T>(reader);
    }
}
