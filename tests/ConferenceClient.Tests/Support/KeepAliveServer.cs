using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Tests.Support;

/// <summary>A loopback server that answers every request with 204 and keeps the connection: it counts the connections it was given.</summary>
internal sealed class KeepAliveServer : LoopbackServer
{
    private static readonly byte[] NoContent = Encoding.ASCII.GetBytes("HTTP/1.1 204 No Content\r\n\r\n");

    private int _connections;

    public int Connections => Volatile.Read(ref _connections);

    protected override async Task ServeAsync(Socket socket)
    {
        Interlocked.Increment(ref _connections);
        var buffer = new byte[16 * 1024];
        // The requests are small GETs: one read holds the whole of one.
        while (await socket.ReceiveAsync(buffer, Stop.Token) > 0)
        {
            await socket.SendAsync(NoContent, Stop.Token);
        }
    }
}
