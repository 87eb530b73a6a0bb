using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Benchmarks;

/// <summary>
/// What a careful engineer would write by hand against the same server: one HttpClient, the same
/// headers (token and tracking ID), and the body read straight from the stream into plain classes.
/// </summary>
public sealed class HandWrittenCalls : IDisposable
{
    private static readonly global::Newtonsoft.Json.JsonSerializer NewtonsoftSerializer = global::Newtonsoft.Json.JsonSerializer.CreateDefault();
    private static readonly System.Text.Json.JsonSerializerOptions SystemTextJson = new(System.Text.Json.JsonSerializerDefaults.Web);
    private readonly HttpClient _http;

    public HandWrittenCalls(Uri baseAddress, string token)
        : this(baseAddress, token, new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
    {
    }

    /// <summary>The same calls over another transport, such as one that answers in memory.</summary>
    public HandWrittenCalls(Uri baseAddress, string token, HttpMessageHandler transport)
    {
        _http = new HttpClient(transport) { BaseAddress = baseAddress };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public async Task<PlainDetails?> GetWithNewtonsoftAsync(string query, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, "telephony/conference" + query, null, cancellationToken).ConfigureAwait(false);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new global::Newtonsoft.Json.JsonTextReader(new StreamReader(stream));
        return NewtonsoftSerializer.Deserialize<PlainDetails>(reader);
    }

    public async Task<PlainDetails?> GetWithSystemTextJsonAsync(string query, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, "telephony/conference" + query, null, cancellationToken).ConfigureAwait(false);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return await System.Text.Json.JsonSerializer.DeserializeAsync<PlainDetails>(stream, SystemTextJson, cancellationToken).ConfigureAwait(false);
    }

    public async Task StartAsync(string[] callIds, CancellationToken cancellationToken = default)
    {
        var body = global::Newtonsoft.Json.JsonConvert.SerializeObject(new { callIds });
        using var response = await SendAsync(HttpMethod.Post, "telephony/conference", body, cancellationToken).ConfigureAwait(false);
    }

    public async Task MuteAsync(string callId, CancellationToken cancellationToken = default)
    {
        var body = global::Newtonsoft.Json.JsonConvert.SerializeObject(new { callId });
        using var response = await SendAsync(HttpMethod.Post, "telephony/conference/mute", body, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.TryAddWithoutValidation("TrackingID", "BENCH_" + Guid.NewGuid().ToString("D"));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return response;
    }
}

/// <summary>The details as a plain class, the baseline's model.</summary>
public sealed class PlainDetails
{
    public string? State { get; set; }

    public int? Appearance { get; set; }

    public DateTimeOffset? Created { get; set; }

    public bool? Muted { get; set; }

    public string? Type { get; set; }

    public List<PlainParticipant>? Participants { get; set; }
}

/// <summary>A participant as a plain class.</summary>
public sealed class PlainParticipant
{
    public string? CallId { get; set; }

    public bool? Muted { get; set; }

    public bool? Deafened { get; set; }
}
