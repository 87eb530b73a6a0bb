using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace System.Net.Http
{
    // netstandard2.0 only: .NET 5's typed request options, kept in the request's Properties bag there.
    internal readonly struct HttpRequestOptionsKey<TValue>(string key)
    {
        public string Key { get; } = key;
    }
}

namespace Webex.Calling.Conference.Platform.Polyfills
{
    // netstandard2.0 only: the HTTP members of .NET 5+ that the shared code uses. The content reads
    // take no token there; every body the client reads is already buffered by then.
    internal static class HttpPolyfills
    {
        extension(HttpContent content)
        {
            public Task<string> ReadAsStringAsync(CancellationToken cancellationToken) => content.ReadAsStringAsync();

            public Task<byte[]> ReadAsByteArrayAsync(CancellationToken cancellationToken) => content.ReadAsByteArrayAsync();

            public Task<Stream> ReadAsStreamAsync(CancellationToken cancellationToken) => content.ReadAsStreamAsync();
        }

        extension(HttpRequestMessage request)
        {
            public RequestOptions Options => new(request);
        }

        /// <summary>The typed view of <see cref="HttpRequestMessage.Properties"/>.</summary>
        internal readonly struct RequestOptions(HttpRequestMessage request)
        {
            public void Set<TValue>(HttpRequestOptionsKey<TValue> key, TValue value) => request.Properties[key.Key] = value;

            public bool TryGetValue<TValue>(HttpRequestOptionsKey<TValue> key, out TValue value)
            {
                if (request.Properties.TryGetValue(key.Key, out var stored) && stored is TValue typed)
                {
                    value = typed;
                    return true;
                }

                value = default!;
                return false;
            }
        }
    }
}
