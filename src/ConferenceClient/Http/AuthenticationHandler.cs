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
    private volatile AuthenticationHeaderValue? _last;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is not { IsAbsoluteUri: true } target || !SameOrigin(target, baseAddress))
        {
            throw new InvalidOperationException($"Refusing to send the access token to '{request.RequestUri}', outside '{baseAddress}'.");
        }

        var token = await tokenProvider(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new InvalidOperationException("The access token provider returned no token.");
        }

        request.Headers.Authorization = HeaderFor(token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static bool SameOrigin(Uri target, Uri origin) =>
        target.Port == origin.Port
        && string.Equals(target.Scheme, origin.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(target.Host, origin.Host, StringComparison.OrdinalIgnoreCase);

    // The header of the last token, reused while the provider returns the same token.
    private AuthenticationHeaderValue HeaderFor(string token)
    {
        var last = _last;
        if (last is not null && ReferenceEquals(last.Parameter, token))
        {
            return last;
        }

        var header = new AuthenticationHeaderValue("Bearer", token);
        _last = header;
        return header;
    }
}
