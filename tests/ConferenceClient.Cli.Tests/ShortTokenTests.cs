using System;
using System.Net.Sockets;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Cli.Tests;

// A one-letter token, as the README's simulator sample has, masks no letters of what the tool prints.
public class ShortTokenTests : CliTest
{
    [Test]
    public async Task A_refused_connection_reads_as_it_was_said()
    {
        var closed = ClosedPort.BaseAddress();
        var refused = new SocketException((int)SocketError.ConnectionRefused).Message;

        var result = await RunAsync(["show", "--token", "t", "--base-url", closed.ToString(), "--max-retries", "0", "--verbose"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Unreachable));
        Assert.That(result.Stderr, Does.Contain($"{refused} (attempts made: 1)").And.Not.Contain("***ion"));
        Assert.That(result.Stderr, Does.Contain("Authorization: ***"), "the header itself stays masked");
    }

    [Test]
    public async Task The_apis_message_and_tracking_id_read_as_they_were_sent()
    {
        const string body = """{"message":"The call stranger was not found.","trackingId":"ROUTER_t-7f3a"}""";
        using var server = new RawAnswerServer($"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n{body}");

        var result = await RunAsync(["hold", "--token", "t", "--base-url", server.BaseAddress.ToString()]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ApiError));
        Assert.That(result.Stderr, Does.Contain("The call stranger was not found").And.Contain("ROUTER_t-7f3a").And.Not.Contain("***"));
    }
}
