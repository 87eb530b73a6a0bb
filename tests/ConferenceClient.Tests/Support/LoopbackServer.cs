using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Tests.Support;

/// <summary>
/// A raw server on a loopback port, for answers WireMock cannot give: it accepts every connection and
/// hands each to <see cref="ServeAsync"/>, closing it after. Socket errors (the client dropping the
/// connection) and the server's own stop end a connection quietly.
/// </summary>
internal abstract class LoopbackServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    protected LoopbackServer()
    {
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1/");

    protected CancellationTokenSource Stop { get; } = new();

    public void Dispose()
    {
        Stop.Cancel();
        _listener.Stop();
        Stop.Dispose();
    }

    /// <summary>Serves one connection; it is closed when this returns.</summary>
    protected abstract Task ServeAsync(Socket socket);

    /// <summary>What to do when the client drops a connection this server was writing to or reading from.</summary>
    protected virtual void OnDropped()
    {
    }

    private async Task AcceptAsync()
    {
        while (!Stop.IsCancellationRequested)
        {
            try
            {
                var socket = await _listener.AcceptSocketAsync(Stop.Token);
                _ = Task.Run(() => ServeAndCloseAsync(socket));
            }
            catch (Exception) when (Stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task ServeAndCloseAsync(Socket socket)
    {
        using (socket)
        {
            try
            {
                await ServeAsync(socket);
            }
            catch (SocketException)
            {
                OnDropped();
            }
            catch (Exception) when (Stop.IsCancellationRequested)
            {
            }
        }
    }
}
