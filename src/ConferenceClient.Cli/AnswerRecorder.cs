using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Cli;

/// <summary>
/// Keeps the body of each successful answer as the API sent it, for <see cref="Endpoint.LastAnswer"/>:
/// the bytes are copied as the library reads them (it reads no further than its limit), and none past
/// <c>limit</c>, so the tool can print the answer's own text (dates as sent) beside the model.
/// </summary>
internal sealed class AnswerRecorder(Endpoint endpoint, long limit) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // An answer whose body is never read (none, or empty) must not leave an earlier one's behind.
        endpoint.LastAnswer = null;
        var response = await base.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            response.Content = new RecordingContent(response.Content, endpoint, limit);
        }

        return response;
    }

    // The answer's content, read through: whoever reads it gets the same bytes and headers.
    private sealed class RecordingContent : HttpContent
    {
        private readonly HttpContent _inner;
        private readonly Endpoint _endpoint;
        private readonly long _limit;

        public RecordingContent(HttpContent inner, Endpoint endpoint, long limit)
        {
            (_inner, _endpoint, _limit) = (inner, endpoint, limit);
            foreach (var header in inner.Headers.NonValidated)
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            using var copy = new MemoryStream();
            await using var source = await _inner.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[16 * 1024];
            var whole = true;
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                whole = whole && copy.Length + read <= _limit;
                if (whole)
                {
                    copy.Write(buffer, 0, read);
                }

                await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            _endpoint.LastAnswer = whole ? Encoding.UTF8.GetString(copy.GetBuffer(), 0, (int)copy.Length) : null;
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override bool TryComputeLength(out long length)
        {
            length = _inner.Headers.ContentLength ?? 0;
            return _inner.Headers.ContentLength is not null;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
