using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Benchmarks;

/// <summary>
/// A transport that answers like <see cref="WebexLikeServer"/> without a socket: details with three
/// participants for a GET, 204 for a POST. Every contender gets a new answer per call, so what is left
/// to measure is the code above the transport.
/// </summary>
public sealed class InMemoryWebex : HttpMessageHandler
{
    private static readonly byte[] Details = Encoding.UTF8.GetBytes(WebexLikeServer.Details(3));
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var isGet = request.Method == HttpMethod.Get;
        var response = new HttpResponseMessage(isGet ? HttpStatusCode.OK : HttpStatusCode.NoContent)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(isGet ? Details : []),
        };
        if (isGet)
        {
            response.Content.Headers.ContentType = Json;
        }

        response.Headers.TryAddWithoutValidation("TrackingID", "ROUTER_BENCH");
        return Task.FromResult(response);
    }
}
