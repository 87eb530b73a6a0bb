using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Tests.Support;

/// <summary>A loopback server that sends a 200's headers and the first byte of its body, then goes silent.</summary>
internal sealed class StallingServer : IDisposable
{
    private static readonly byte[] Head = Encoding.ASCII.GetBytes(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n{");

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<int> _stalled = Channel.CreateUnbounded<int>();
    private int _requests;

    public StallingServer()
    {
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1/");

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Waits until the server has sent the next half answer and gone silent.</summary>
    public async Task WaitUntilStalledAsync()
    {
        using var patience = new CancellationTokenSource(Patience.Limit);
        await _stalled.Reader.ReadAsync(patience.Token);
    }

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
                _ = Task.Run(() => StallAsync(socket));
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task StallAsync(Socket socket)
    {
        using (socket)
        {
            var buffer = new byte[8192];
            try
            {
                while (true)
                {
                    // Each request on this connection gets the same half answer.
                    var read = await socket.ReceiveAsync(buffer, _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    var request = Interlocked.Increment(ref _requests);
                    await socket.SendAsync(Head, _stop.Token);
                    _stalled.Writer.TryWrite(request);
                }
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
            }
            catch (SocketException)
            {
            }
        }
    }
}
