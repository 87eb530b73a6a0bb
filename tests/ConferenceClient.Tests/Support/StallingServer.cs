using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Tests.Support;

/// <summary>A loopback server that sends a 200's headers and the first byte of its body, then goes silent.</summary>
internal sealed class StallingServer : LoopbackServer
{
    private static readonly byte[] Head = Encoding.ASCII.GetBytes(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n{");

    private readonly Channel<int> _stalled = Channel.CreateUnbounded<int>();
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Waits until the server has sent the next half answer and gone silent.</summary>
    public async Task WaitUntilStalledAsync()
    {
        using var patience = new CancellationTokenSource(Patience.Limit);
        await _stalled.Reader.ReadAsync(patience.Token);
    }

    protected override async Task ServeAsync(Socket socket)
    {
        var buffer = new byte[8192];
        // Each request on this connection gets the same half answer.
        while (await socket.ReceiveAsync(buffer, Stop.Token) > 0)
        {
            var request = Interlocked.Increment(ref _requests);
            await socket.SendAsync(Head, Stop.Token);
            _stalled.Writer.TryWrite(request);
        }
    }
}
