using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Platform;

/// <summary>Reads an answer's body into memory, no further than a limit: the same rule on both builds, reached differently.</summary>
internal static class BodyBuffer
{
#if NET
    /// <summary>Buffers the body; false when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async ValueTask<bool> TryLoadAsync(HttpResponseMessage response, long limit, CancellationToken cancellationToken)
    {
        try
        {
            await response.Content.LoadIntoBufferAsync(limit, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (HttpRequestException tooLarge) when (tooLarge.HttpRequestError == HttpRequestError.ConfigurationLimitExceeded)
        {
            return false;
        }
    }
#else
    private const int ChunkSize = 16 * 1024;

    /// <summary>
    /// Buffers the body; false when it is larger than <paramref name="limit"/> bytes. netstandard2.0's
    /// LoadIntoBufferAsync takes no token and says "too large" only in its text, so the body is read
    /// here: in chunks, stopping one byte past the limit, and the stream is closed when the token
    /// fires, since HttpWebRequest's stream does not watch it.
    /// </summary>
    public static async ValueTask<bool> TryLoadAsync(HttpResponseMessage response, long limit, CancellationToken cancellationToken)
    {
        var content = response.Content;
        if (content is Buffered)
        {
            return true;
        }

        if (content.Headers.ContentLength > limit)
        {
            return false;
        }

        using var body = new MemoryStream();
        using (var stream = await content.ReadAsStreamAsync().ConfigureAwait(false))
        using (cancellationToken.Register(static s => ((Stream)s!).Dispose(), stream))
        {
            var chunk = new byte[ChunkSize];
            try
            {
                int read;
                while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (body.Length + read > limit)
                    {
                        return false;
                    }

                    body.Write(chunk, 0, read);
                }
            }
            catch (Exception closed) when (cancellationToken.IsCancellationRequested && closed is ObjectDisposedException or IOException or System.Net.WebException)
            {
                throw new OperationCanceledException(cancellationToken);
            }
        }

        var buffered = new Buffered(body.GetBuffer(), (int)body.Length);
        foreach (var header in content.Headers)
        {
            buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = buffered;
        content.Dispose();
        return true;
    }

    /// <summary>A body this class has read: reading it again is reading memory.</summary>
    private sealed class Buffered(byte[] bytes, int count) : ByteArrayContent(bytes, 0, count);
#endif
}
