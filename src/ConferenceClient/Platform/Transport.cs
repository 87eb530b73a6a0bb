using System;
using System.Net;
using System.Net.Http;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference.Platform;

/// <summary>
/// The connection pool under every client pipeline: the one place where the two builds reach the
/// network differently. On both: no cookies (clients with different tokens share the pool), no
/// redirects (Webex does not redirect API calls, and a retry resends the very message that a followed
/// redirect has pointed at another origin, token included), and connections renewed every
/// <see cref="ConnectionLifetime"/>, so DNS changes reach long-lived clients.
/// </summary>
internal static class Transport
{
    public static readonly TimeSpan ConnectionLifetime = TimeSpan.FromMinutes(5);

#if NET
    /// <summary>A SocketsHttpHandler, which renews its connections itself.</summary>
    public static HttpMessageHandler Create() => new SocketsHttpHandler
    {
        PooledConnectionLifetime = ConnectionLifetime,
        UseCookies = false,
        AllowAutoRedirect = false,
        // A body the client does not read (too large, or a success it expects none of) is not drained
        // to keep the connection: the connection is dropped instead.
        MaxResponseDrainSize = 0,
    };
#else
    /// <summary>
    /// HttpClientHandlers (over HttpWebRequest on .NET Framework; over SocketsHttpHandler on .NET Core
    /// and on Mono 6), which keep their connections for ever: a new one takes over every lifetime.
    /// </summary>
    public static HttpMessageHandler Create() => new RecyclingHandler(NewHandler, ConnectionLifetime, TimeProvider.System);

    /// <summary>
    /// The service point of a request's host as SocketsHttpHandler would behave: any number of
    /// connections (ServicePointManager allows 2 per host outside ASP.NET), no <c>Expect: 100-continue</c>
    /// round trip before each small JSON body, and no Nagle delay between a request's headers and its
    /// body. And TLS 1.2 among the protocols offered when an app pinned older ones: added, never taken away.
    /// </summary>
    public static void ConfigureServicePoint(Uri address)
    {
        var servicePoint = ServicePointManager.FindServicePoint(address);
        if (servicePoint.ConnectionLimit < MaxConnectionsPerServer)
        {
            servicePoint.ConnectionLimit = MaxConnectionsPerServer;
        }

        servicePoint.Expect100Continue = false;
        servicePoint.UseNagleAlgorithm = false;
        var protocols = ServicePointManager.SecurityProtocol;
        if (protocols != 0 && (protocols & SecurityProtocolType.Tls12) == 0)
        {
            ServicePointManager.SecurityProtocol = protocols | SecurityProtocolType.Tls12;
        }
    }

    // As many as the calls in flight, as on .NET; Webex's rate limit, not the pool, bounds them.
    private const int MaxConnectionsPerServer = int.MaxValue;

    // Mono's HttpClientHandler is a copy of .NET's SocketsHttpHandler: no service points there.
    private static bool UsesHttpWebRequest { get; } =
        RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

    private static HttpMessageHandler NewHandler()
    {
        var handler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false };
        return UsesHttpWebRequest ? new ServicePointSettings(handler) : handler;
    }

    /// <summary>
    /// Sets the service point before each request, on every .NET Framework version: one that has been
    /// idle for 100 s is dropped and made anew with the defaults, so settings made once would not last.
    /// </summary>
    private sealed class ServicePointSettings(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ConfigureServicePoint(request.RequestUri!);
            return base.SendAsync(request, cancellationToken);
        }
    }
#endif
}
