using System;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Tests.Support;

/// <summary>
/// A loopback server that answers its first <c>limited</c> requests 429 with <c>Retry-After</c>, one at a
/// time when the test says (<see cref="AnswerOne"/>), and every later request 204 at once. Each arrival
/// is announced with the test clock's time, so a test reads when the client sent what, in fake time.
/// </summary>
internal sealed class HeldLimitServer : LoopbackServer
{
    private readonly TimeProvider _clock;
    private readonly int _limited;
    private readonly byte[] _limitedAnswer;
    private readonly byte[] _accepted = Encoding.ASCII.GetBytes("HTTP/1.1 204 No Content\r\nTrackingID: ROUTER_OK\r\n\r\n");
    private readonly Channel<DateTimeOffset> _arrivals = Channel.CreateUnbounded<DateTimeOffset>();
    private readonly SemaphoreSlim _answers = new(0);
    private int _received;

    public HeldLimitServer(TimeProvider clock, int limited, int retryAfterSeconds)
    {
        _clock = clock;
        _limited = limited;
        _limitedAnswer = Encoding.ASCII.GetBytes(
            $"HTTP/1.1 429 Too Many Requests\r\nRetry-After: {retryAfterSeconds.ToString(CultureInfo.InvariantCulture)}\r\nTrackingID: ROUTER_LIMITED\r\nContent-Length: 0\r\n\r\n");
    }

    /// <summary>The next request's arrival, by the test's clock.</summary>
    public ValueTask<DateTimeOffset> NextArrivalAsync(CancellationToken cancellationToken) => _arrivals.Reader.ReadAsync(cancellationToken);

    /// <summary>Lets one held request have its 429.</summary>
    public void AnswerOne() => _answers.Release();

    protected override Task ServeAsync(Socket socket) => RateLimitingServer.ServeEachRequestAsync(socket, async () =>
    {
        var limited = Interlocked.Increment(ref _received) <= _limited;
        await _arrivals.Writer.WriteAsync(_clock.GetUtcNow(), Stop.Token);
        if (limited)
        {
            await _answers.WaitAsync(Stop.Token);
        }

        return limited ? _limitedAnswer : _accepted;
    }, Stop.Token);
}
