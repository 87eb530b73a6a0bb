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
internal sealed class FloodingServer : LoopbackServer
{
    private static readonly byte[] Block = new byte[64 * 1024];
    private static readonly byte[] ChunkHead = Encoding.ASCII.GetBytes($"{Block.Length:x}\r\n");
    private static readonly byte[] ChunkTail = Encoding.ASCII.GetBytes("\r\n");

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
    }

    public int Requests => Volatile.Read(ref _requests);

    public long BytesSent => Interlocked.Read(ref _bytesSent);

    /// <summary>Completes when the client has closed a connection in the middle of the body.</summary>
    public Task Dropped => _dropped.Task;

    protected override void OnDropped() => _dropped.TrySetResult();

    protected override async Task ServeAsync(Socket socket)
    {
        // The requests are small: one read holds the whole of one.
        if (await socket.ReceiveAsync(new byte[16 * 1024], Stop.Token) == 0)
        {
            return;
        }

        Interlocked.Increment(ref _requests);
        await socket.SendAsync(_head, Stop.Token);
        while (true)
        {
            if (_chunked)
            {
                await socket.SendAsync(ChunkHead, Stop.Token);
            }

            await socket.SendAsync(Block, Stop.Token);
            Interlocked.Add(ref _bytesSent, Block.Length);
            if (_chunked)
            {
                await socket.SendAsync(ChunkTail, Stop.Token);
            }
        }
    }
}
