using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Tests.Support;

/// <summary>A loopback server that answers every request with the same raw HTTP response, headers exactly as given (no Date of its own).</summary>
internal sealed class RawAnswerServer(string answer) : LoopbackServer
{
    private readonly byte[] _answer = Encoding.ASCII.GetBytes(answer);

    protected override async Task ServeAsync(Socket socket)
    {
        var buffer = new byte[16 * 1024];
        while (await socket.ReceiveAsync(buffer, Stop.Token) > 0)
        {
            await socket.SendAsync(_answer, Stop.Token);
        }
    }
}
