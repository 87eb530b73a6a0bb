using System;
using System.Net;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    /// <summary>Nothing to prepare: SocketsHttpHandler has no process-wide settings.</summary>
    public static void PrepareFor(Uri baseAddress)
    {
    }
#else
    /// <summary>
    /// HttpClientHandlers (over HttpWebRequest on .NET Framework; over SocketsHttpHandler on .NET Core
    /// and on Mono 6), which keep their connections for ever: a new one takes over every lifetime.
    /// </summary>
    public static HttpMessageHandler Create() => new RecyclingHandler(NewHandler, ConnectionLifetime, TimeProvider.System);

    /// <summary>
    /// Where HttpWebRequest carries the calls (.NET Framework), what it takes from process-wide settings
    /// must not hold the client back; see <see cref="ConfigureServicePoint"/>.
    /// </summary>
    public static void PrepareFor(Uri baseAddress)
    {
        if (UsesHttpWebRequest)
        {
            ConfigureServicePoint(baseAddress);
        }
    }

    /// <summary>
    /// The API host's service point as SocketsHttpHandler would behave: any number of connections
    /// (ServicePointManager allows 2 per host outside ASP.NET, and the handler cannot lift that itself
    /// before .NET Framework 4.7.1), no <c>Expect: 100-continue</c> round trip before each small JSON
    /// body, and no Nagle delay between a request's headers and its body. And TLS 1.2 among the
    /// protocols offered when an app pinned older ones: added, never taken away.
    /// </summary>
    public static void ConfigureServicePoint(Uri baseAddress)
    {
        var servicePoint = ServicePointManager.FindServicePoint(baseAddress);
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

    private static HttpClientHandler NewHandler()
    {
        var handler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false };
        if (UsesHttpWebRequest)
        {
            try
            {
                LiftConnectionLimit(handler);
            }
            catch (Exception missing) when (missing is MissingMethodException or PlatformNotSupportedException or NotImplementedException)
            {
                // .NET Framework 4.6.2–4.7.0: the handler has no such setting; PrepareFor set the service point's.
            }
        }

        return handler;
    }

    // Its own method, so that a runtime without the property (.NET Framework 4.6.2–4.7.0, unless the app
    // carries System.Net.Http 4.2) fails this call with MissingMethodException, which NewHandler catches;
    // in the same method the JIT would throw before NewHandler's try began.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LiftConnectionLimit(HttpClientHandler handler)
    {
        if (handler.MaxConnectionsPerServer < MaxConnectionsPerServer)
        {
            handler.MaxConnectionsPerServer = MaxConnectionsPerServer;
        }
    }
#endif
}
