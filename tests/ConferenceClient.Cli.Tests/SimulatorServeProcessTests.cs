using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;

namespace Webex.Calling.Conference.Cli.Tests;

// simulator serve as users run it: its own process, driven over HTTP, stopped by a signal.
public class SimulatorServeProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [TestCase("INT")]
    [TestCase("TERM")]
    public async Task Served_as_a_process_it_answers_over_http_and_a_signal_stops_it_with_0_and_closes_the_port(string signal)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Signals are sent with kill, which Windows does not have.");
        }

        using var patience = new CancellationTokenSource(Patience);
        var started = Stopwatch.StartNew();
        using var tool = ToolProcess.Start(["simulator", "serve", "--port", "0", "--json", "--calls", "c1,c2"]);
        var stderr = tool.StandardError.ReadToEndAsync(patience.Token);
        var line = JsonLines.Of(await tool.StandardOutput.ReadLineAsync(patience.Token) ?? string.Empty).Single();
        TestContext.Out.WriteLine($"first line {started.ElapsedMilliseconds} ms after the process started");
        var (baseUrl, token, control) = (new Uri((string)line["baseUrl"]!), (string)line["token"]!, new Uri((string)line["control"]!));

        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var start = await http.PostAsync(new Uri(baseUrl, "telephony/conference"), new StringContent("""{"callIds":["c1","c2"]}""", Encoding.UTF8, "application/json"));
        var conference = await http.GetStringAsync(new Uri(control, "conference"));
        var raw = await RawGetAsync(baseUrl.Port, "/_simulator/calls", token, patience.Token);

        await ToolProcess.SignalAsync(tool, signal);
        await tool.WaitForExitAsync(patience.Token);

        Assert.That((int)start.StatusCode, Is.EqualTo(204));
        Assert.That(conference, Does.Contain("""{"callId":"c1","muted":false,"deafened":false},{"callId":"c2","muted":false,"deafened":false}"""));
        Assert.That(raw, Does.StartWith("HTTP/1.1 200 OK\r\n").And.EndWith("\r\n\r\n[\"c1\",\"c2\"]"));
        Assert.That(tool.ExitCode, Is.EqualTo(ExitCodes.Success), "a stop is the normal end of a server");
        Assert.That(await tool.StandardOutput.ReadToEndAsync(patience.Token), Is.Empty, "one line only");
        Assert.That(await stderr, Is.Empty);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var refused = await Assert.ThrowsAsync<SocketException>(() => socket.ConnectAsync(IPAddress.Loopback, baseUrl.Port, patience.Token).AsTask());
        Assert.That(refused!.SocketErrorCode, Is.EqualTo(SocketError.ConnectionRefused));
    }

    // What curl sends, byte for byte: no HttpClient between the test and the server.
    private static async Task<string> RawGetAsync(int port, string path, string token, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
        await using var stream = client.GetStream();
        var request = $"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}\r\nUser-Agent: curl/7.88.1\r\n"
            + $"Accept: */*\r\nAuthorization: Bearer {token}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), cancellationToken);
        using var reader = new System.IO.StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
