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
internal sealed class DroppingServer(int answered) : LoopbackServer
{
    private static readonly byte[] NoContent = Encoding.ASCII.GetBytes("HTTP/1.1 204 No Content\r\n\r\n");

    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    protected override async Task ServeAsync(Socket socket)
    {
        var buffer = new byte[16 * 1024];
        // The requests are small: one read holds the whole of one.
        for (var served = 0; await socket.ReceiveAsync(buffer, Stop.Token) > 0; served++)
        {
            Interlocked.Increment(ref _requests);
            if (served >= answered)
            {
                return;
            }

            await socket.SendAsync(NoContent, Stop.Token);
        }
    }
}
