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
    // A body without a Content-Length starts here and doubles; one with it gets exactly its size.
    private const int FirstSize = 4 * 1024;
    private const int LargestArray = 0x7FFFFFC7;

    /// <summary>
    /// Buffers the body; false when it is larger than <paramref name="limit"/> bytes. netstandard2.0's
    /// LoadIntoBufferAsync takes no token and says "too large" only in its text, so the body is read
    /// here, straight into one array: of the declared size, or growing, stopping one byte past the
    /// limit. The stream is closed when the token fires, since HttpWebRequest's does not watch it.
    /// </summary>
    public static async ValueTask<bool> TryLoadAsync(HttpResponseMessage response, long limit, CancellationToken cancellationToken)
    {
        var content = response.Content;
        if (content is Buffered)
        {
            return true;
        }

        var declared = content.Headers.ContentLength;
        if (declared > limit)
        {
            return false;
        }

        var bytes = new byte[declared ?? Math.Min(FirstSize, limit + 1)];
        var count = 0;
        using (var stream = await content.ReadAsStreamAsync().ConfigureAwait(false))
        using (cancellationToken.Register(static s => ((Stream)s!).Dispose(), stream))
        {
            try
            {
                // The transport ends a body with a Content-Length there: it never gives more.
                while (count < bytes.Length || declared is null)
                {
                    if (count == bytes.Length)
                    {
                        if (bytes.Length > limit || bytes.Length == LargestArray)
                        {
                            return false;
                        }

                        Array.Resize(ref bytes, (int)Math.Min(Math.Min((long)bytes.Length * 2, limit + 1), LargestArray));
                    }

                    var read = await stream.ReadAsync(bytes, count, bytes.Length - count, cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    count += read;
                }
            }
            catch (Exception closed) when (cancellationToken.IsCancellationRequested && closed is ObjectDisposedException or IOException or System.Net.WebException)
            {
                throw new OperationCanceledException(cancellationToken);
            }
            catch (Exception broken) when (broken is IOException or System.Net.WebException)
            {
                // As .NET's own LoadIntoBufferAsync says a body it could not read: a documented
                // HttpRequestException, which the retry rules and the caller know, not a raw IOException.
                throw new HttpRequestException("Error while copying content to a stream.", broken);
            }
        }

        if (count > limit)
        {
            return false;
        }

        var buffered = new Buffered(bytes, count);
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
