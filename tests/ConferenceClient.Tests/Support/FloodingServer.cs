using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Tests.Support;

/// <summary>
/// A loopback server that answers every request with the given head and then sends body bytes for as
/// long as the client takes them: a fixed Content-Length it never reaches, or chunks without end. It
/// counts the requests and the bytes sent, and sees when the client drops the connection.
/// </summary>
internal sealed class FloodingServer : IDisposable
{
    private static readonly byte[] Block = new byte[64 * 1024];

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _dropped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly byte[] _head;
    private readonly bool _chunked;
    private int _requests;
    private long _bytesSent;

    /// <param name="status">The status line's code and phrase, e.g. <c>200 OK</c>.</param>
    /// <param name="contentLength">The Content-Length to announce; null for a chunked body without end.</param>
    public FloodingServer(string status, long? contentLength)
    {
        _chunked = contentLength is null;
        var length = _chunked ? "Transfer-Encoding: chunked" : $"Content-Length: {contentLength}";
        _head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nTrackingID: ROUTER_FLOOD\r\n{length}\r\n\r\n");
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1/");

    public int Requests => Volatile.Read(ref _requests);

    public long BytesSent => Interlocked.Read(ref _bytesSent);

    /// <summary>Completes when the client has closed a connection in the middle of the body.</summary>
    public Task Dropped => _dropped.Task;

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var socket = await _listener.AcceptSocketAsync(_stop.Token);
                _ = Task.Run(() => FloodAsync(socket));
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task FloodAsync(Socket socket)
    {
        using (socket)
        {
            try
            {
                // The requests are small: one read holds the whole of one.
                if (await socket.ReceiveAsync(new byte[16 * 1024], _stop.Token) == 0)
                {
                    return;
                }

                Interlocked.Increment(ref _requests);
                await socket.SendAsync(_head, _stop.Token);
                var chunkHead = Encoding.ASCII.GetBytes($"{Block.Length:x}\r\n");
                var chunkTail = Encoding.ASCII.GetBytes("\r\n");
                while (true)
                {
                    if (_chunked)
                    {
                        await socket.SendAsync(chunkHead, _stop.Token);
                    }

                    await socket.SendAsync(Block, _stop.Token);
                    Interlocked.Add(ref _bytesSent, Block.Length);
                    if (_chunked)
                    {
                        await socket.SendAsync(chunkTail, _stop.Token);
                    }
                }
            }
            catch (SocketException)
            {
                _dropped.TrySetResult();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
            }
        }
    }
}
