using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Tests.Support;

/// <summary>
/// A loopback server that rate-limits like Webex by the test's clock: every request that arrives within
/// <c>limitFor</c> of the server's start gets 429 with <c>Retry-After</c>, every later one 204. It keeps
/// the clock's time of each request, so a test reads when the client sent what, in fake time.
/// </summary>
internal sealed class RateLimitingServer : LoopbackServer
{
    private readonly TimeProvider _clock;
    private readonly DateTimeOffset _limitedUntil;
    private readonly byte[] _limited;
    private readonly byte[] _accepted = Encoding.ASCII.GetBytes("HTTP/1.1 204 No Content\r\nTrackingID: ROUTER_OK\r\n\r\n");
    private readonly ConcurrentQueue<DateTimeOffset> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _counted;

    public RateLimitingServer(TimeProvider clock, TimeSpan limitFor, int retryAfterSeconds)
    {
        _clock = clock;
        Started = clock.GetUtcNow();
        _limitedUntil = Started + limitFor;
        _limited = Encoding.ASCII.GetBytes(
            $"HTTP/1.1 429 Too Many Requests\r\nRetry-After: {retryAfterSeconds.ToString(CultureInfo.InvariantCulture)}\r\nTrackingID: ROUTER_LIMITED\r\nContent-Length: 0\r\n\r\n");
    }

    /// <summary>The clock's time when the server started: the start of its limit.</summary>
    public DateTimeOffset Started { get; }

    /// <summary>When each request arrived, by the test's clock, in order of arrival.</summary>
    public IReadOnlyList<DateTimeOffset> Received => [.. _received];

    /// <summary>Waits until the server has received <paramref name="count"/> requests in all.</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        using var patience = new CancellationTokenSource(Patience.Limit);
        while (_counted < count)
        {
            await _arrived.WaitAsync(patience.Token);
            _counted++;
        }
    }

    protected override Task ServeAsync(Socket socket) => ServeEachRequestAsync(socket, () =>
    {
        var now = _clock.GetUtcNow();
        _received.Enqueue(now);
        _arrived.Release();
        return new ValueTask<byte[]>(now < _limitedUntil ? _limited : _accepted);
    }, Stop.Token);

    /// <summary>Reads whole requests off the connection, one after another, and sends each the answer <paramref name="answer"/> gives.</summary>
    internal static async Task ServeEachRequestAsync(Socket socket, Func<ValueTask<byte[]>> answer, CancellationToken stop)
    {
        var pending = new List<byte>();
        var buffer = new byte[8192];
        while (true)
        {
            var read = await socket.ReceiveAsync(buffer, stop);
            if (read == 0)
            {
                return;
            }

            pending.AddRange(buffer.AsSpan(0, read).ToArray());
            while (TakeRequest(pending))
            {
                await socket.SendAsync(await answer(), stop);
            }
        }
    }

    // Removes one whole request (head and Content-Length body) from the bytes read, if they hold one.
    private static bool TakeRequest(List<byte> pending)
    {
        var text = Encoding.ASCII.GetString([.. pending]);
        var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (headEnd < 0)
        {
            return false;
        }

        var lengthLine = text[..headEnd].Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var length = lengthLine is null ? 0 : int.Parse(lengthLine["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
        if (pending.Count < headEnd + 4 + length)
        {
            return false;
        }

        pending.RemoveRange(0, headEnd + 4 + length);
        return true;
    }
}
