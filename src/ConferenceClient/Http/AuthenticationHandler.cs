using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Http;

/// <summary>
/// Puts the bearer token on every attempt, asking the provider each time so refreshed tokens are used,
/// and only on requests to the client's own origin.
/// </summary>
internal sealed class AuthenticationHandler(Func<CancellationToken, ValueTask<string>> tokenProvider, Uri baseAddress) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is not { IsAbsoluteUri: true } target
            || Uri.Compare(target, baseAddress, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new InvalidOperationException($"Refusing to send the access token to '{request.RequestUri}', outside '{baseAddress}'.");
        }

        var token = await tokenProvider(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new InvalidOperationException("The access token provider returned no token.");
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
