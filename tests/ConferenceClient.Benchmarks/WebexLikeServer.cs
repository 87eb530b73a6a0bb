using System;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Webex.Calling.Conference.Benchmarks;

/// <summary>
/// A Kestrel server on loopback that answers like Webex, with precomputed bodies so the server costs
/// the same for every contender. The details' size is chosen by the query: <c>?lineOwnerId=p{N}</c>.
/// </summary>
public sealed class WebexLikeServer : IAsyncDisposable
{
    /// <summary>The token every contender sends; the server does not check it.</summary>
    public const string Token = "bench-token";

    private readonly WebApplication _app;

    private WebexLikeServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<WebexLikeServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var small = Encoding.UTF8.GetBytes(Details(3));
        var large = Encoding.UTF8.GetBytes(Details(100));

        app.MapGet("/v1/telephony/conference", (HttpContext context) =>
        {
            var body = context.Request.Query["lineOwnerId"] == "p100" ? large : small;
            context.Response.Headers["TrackingID"] = "ROUTER_BENCH";
            return Results.Bytes(body, "application/json");
        });
        app.MapPost("/v1/telephony/conference", () => Results.NoContent());
        app.MapPost("/v1/telephony/conference/mute", () => Results.NoContent());

        await app.StartAsync().ConfigureAwait(false);
        var address = app.Urls.First();
        return new WebexLikeServer(app, new Uri(address.TrimEnd('/') + "/v1/"));
    }

    public static string Details(int participants) =>
        "{\"state\":\"connected\",\"appearance\":3,\"created\":\"2023-03-02T15:00:00.000Z\",\"muted\":false,\"participants\":[" +
        string.Join(",", Enumerable.Range(1, participants).Select(i =>
            $"{{\"callId\":\"Y2lzY29zcGFyazovL3VzL0NBTEwvY2FsbC0{i:D4}\",\"muted\":{(i % 2 == 0 ? "true" : "false")},\"deafened\":false}}")) +
        "]}";

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
