using System;
using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Cli.Tests.Support;

/// <summary>
/// A TLS server on a loopback port with a self-signed certificate for another name, as a proxy that
/// intercepts TLS or a misconfigured server would present: no client trusts it.
/// </summary>
internal sealed class SelfSignedTlsServer : LoopbackServer
{
    private readonly X509Certificate2 _certificate = CreateCertificate();

    /// <summary>The server's address over https.</summary>
    public Uri HttpsBaseAddress => new UriBuilder(BaseAddress) { Scheme = Uri.UriSchemeHttps }.Uri;

    protected override async Task ServeAsync(Socket socket)
    {
        await using var tls = new SslStream(new NetworkStream(socket, ownsSocket: false));
        try
        {
            await tls.AuthenticateAsServerAsync(_certificate);
        }
        catch (Exception error) when (error is AuthenticationException or IOException)
        {
            // The client refused the certificate, as it should: the handshake ends here.
        }
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=not-this-server.example", key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Exported and loaded again, so the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), password: null);
    }
}
