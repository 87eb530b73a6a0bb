using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Cli.Tests.Support;

/// <summary>
/// A loopback server that keeps the head of every request as its bytes arrived (request line and headers,
/// as the client wrote them) and answers each with the same raw response.
/// </summary>
internal sealed class CapturingServer(string answer) : LoopbackServer
{
    private readonly byte[] _answer = Encoding.ASCII.GetBytes(answer);
    private readonly ConcurrentQueue<string> _heads = new();

    /// <summary>The heads received so far, in order, each ending at the blank line.</summary>
    public IReadOnlyCollection<string> Heads => _heads;

    protected override async Task ServeAsync(Socket socket)
    {
        var buffer = new byte[16 * 1024];
        var received = new StringBuilder();
        int read;
        while ((read = await socket.ReceiveAsync(buffer, Stop.Token)) > 0)
        {
            received.Append(Encoding.Latin1.GetString(buffer, 0, read));
            var end = received.ToString().IndexOf("\r\n\r\n", System.StringComparison.Ordinal);
            if (end < 0)
            {
                continue;
            }

            // Kept before answering: the client is done only once it has the answer.
            _heads.Enqueue(received.ToString(0, end + 2));
            received.Clear();
            await socket.SendAsync(_answer, Stop.Token);
        }
    }
}
