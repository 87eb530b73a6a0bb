using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Webex.Calling.Conference.Platform;

namespace Webex.Calling.Conference.Http;

/// <summary>
/// Reading an answer's body with a limit: nothing the network sends is read without one. A
/// Content-Length above the limit is refused before anything is read; a body without one is read up
/// to the limit and no further.
/// </summary>
internal static class ResponseBody
{
    /// <summary>The limit when none is configured (a caller's own HttpClient): 1 MiB, where details with 100 participants are about 10 KB.</summary>
    public const long DefaultLimit = 1024 * 1024;

    /// <summary>Buffers the body; false when it is larger than <paramref name="limit"/> bytes. A body already buffered is left as it is.</summary>
    public static ValueTask<bool> TryBufferAsync(HttpResponseMessage response, long limit, CancellationToken cancellationToken) =>
        response.Content.Headers.ContentLength is 0
            ? new ValueTask<bool>(true)
            : BodyBuffer.TryLoadAsync(response, limit, cancellationToken);
}
