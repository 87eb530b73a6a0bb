using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Http;

/// <summary>
/// A transport that hands every request to the newest of a series of handlers, and starts a new one
/// when the current one is <c>lifetime</c> old: its connections, and the DNS answers they were opened
/// with, are used no longer than that. A handler that is replaced stays alive for one more lifetime,
/// so answers still being read from it finish; then it is disposed with its connections. This is what
/// <c>SocketsHttpHandler.PooledConnectionLifetime</c> does on .NET, for the handlers that lack it
/// (HttpClientHandler on .NET Framework and on the netstandard2.0 build).
/// </summary>
internal sealed class RecyclingHandler(Func<HttpMessageHandler> create, TimeSpan lifetime, TimeProvider timeProvider) : HttpMessageHandler
{
    private readonly object _turnover = new();
    private Generation? _current;
    private Generation? _previous;

    /// <summary>How many handlers this transport has made: each one opens its own connections.</summary>
    public int HandlersMade { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Current().Invoker.SendAsync(request, cancellationToken);

    private Generation Current()
    {
        var current = Volatile.Read(ref _current);
        var now = timeProvider.GetTimestamp();
        if (current is not null && timeProvider.GetElapsedTime(current.StartedAt, now) < lifetime)
        {
            return current;
        }

        lock (_turnover)
        {
            current = _current;
            if (current is not null && timeProvider.GetElapsedTime(current.StartedAt, now) < lifetime)
            {
                return current;
            }

            // The one before the previous has had a whole lifetime to finish its answers.
            _previous?.Invoker.Dispose();
            _previous = current;
            var next = new Generation(new HttpMessageInvoker(create(), disposeHandler: true), now);
            HandlersMade++;
            Volatile.Write(ref _current, next);
            return next;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (_turnover)
            {
                _previous?.Invoker.Dispose();
                _current?.Invoker.Dispose();
                (_previous, _current) = (null, null);
            }
        }

        base.Dispose(disposing);
    }

    private sealed class Generation(HttpMessageInvoker invoker, long startedAt)
    {
        public HttpMessageInvoker Invoker { get; } = invoker;

        public long StartedAt { get; } = startedAt;
    }
}
