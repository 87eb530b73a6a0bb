using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Tests.Support;

/// <summary>
/// A loopback server that answers the first <c>answered</c> requests on each connection with 204 and
/// then drops the connection on the next one without a byte of answer, as a server that acted and
/// lost its answer would. It counts every request it receives.
/// </summary>
internal sealed class DroppingServer : IDisposable
{
    private static readonly byte[] NoContent = Encoding.ASCII.GetBytes("HTTP/1.1 204 No Content\r\n\r\n");

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly int _answered;
    private int _requests;

    public DroppingServer(int answered)
    {
        _answered = answered;
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1/");

    public int Requests => Volatile.Read(ref _requests);

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
                _ = Task.Run(() => ServeAsync(socket));
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using (socket)
        {
            try
            {
                var buffer = new byte[16 * 1024];
                for (var served = 0; ; served++)
                {
                    // The requests are small: one read holds the whole of one.
                    if (await socket.ReceiveAsync(buffer, _stop.Token) == 0)
                    {
                        return;
                    }

                    Interlocked.Increment(ref _requests);
                    if (served >= _answered)
                    {
                        socket.Close();
                        return;
                    }

                    await socket.SendAsync(NoContent, _stop.Token);
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
