using System;
using System.Net;
using System.Net.Sockets;

namespace Webex.Calling.Conference.Cli.Tests.Support;

/// <summary>A loopback address where nothing listens: every connection is refused at once.</summary>
internal static class ClosedPort
{
    public static Uri BaseAddress()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/v1/");
    }
}
