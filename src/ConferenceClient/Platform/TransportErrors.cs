using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace Webex.Calling.Conference.Platform;

/// <summary>What a transport's failure says, read the way each build can read it.</summary>
internal static class TransportErrors
{
#if NET
    /// <summary>A connection that was never made, or a name that did not resolve: nothing reached the server.</summary>
    public static bool NothingWasSent(Exception failure) =>
        failure is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };

    /// <summary>The same failure with other text, and no inner exception to carry the old text along.</summary>
    public static HttpRequestException WithMessage(HttpRequestException failure, string message) =>
        new(failure.HttpRequestError, message, inner: null, failure.StatusCode);
#else
    /// <summary>
    /// A connection that was never made, or a name that did not resolve: nothing reached the server.
    /// .NET Core says so with the connect's SocketException right inside; HttpWebRequest (.NET Framework,
    /// Mono) with a WebException's status.
    /// </summary>
    public static bool NothingWasSent(Exception failure) =>
        failure is HttpRequestException { InnerException: var cause } && cause switch
        {
            WebException web => web.Status is WebExceptionStatus.ConnectFailure or WebExceptionStatus.NameResolutionFailure,
            SocketException socket => socket.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostNotFound
                or SocketError.TryAgain or SocketError.NoData or SocketError.HostUnreachable or SocketError.NetworkUnreachable,
            _ => false,
        };

    /// <summary>The same failure with other text, and no inner exception to carry the old text along.</summary>
    public static HttpRequestException WithMessage(HttpRequestException failure, string message) => new(message);
#endif
}
