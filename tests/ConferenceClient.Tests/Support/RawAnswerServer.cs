using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Tests.Support;

/// <summary>A loopback server that answers every request with the same raw HTTP response, headers exactly as given (no Date of its own).</summary>
internal sealed class RawAnswerServer(string answer) : LoopbackServer
{
    private readonly byte[] _answer = Encoding.ASCII.GetBytes(answer);
    private int _requests;

    /// <summary>How many requests have come (each read that holds a request line counts one).</summary>
    public int Requests => Volatile.Read(ref _requests);

    protected override async Task ServeAsync(Socket socket)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await socket.ReceiveAsync(buffer, Stop.Token)) > 0)
        {
            if (Encoding.ASCII.GetString(buffer, 0, read).Contains(" HTTP/1.1\r\n", System.StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _requests);
            }

            await socket.SendAsync(_answer, Stop.Token);
        }
    }
}
