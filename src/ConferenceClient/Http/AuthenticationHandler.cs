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

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is not { IsAbsoluteUri: true } target || !SameOrigin(target, baseAddress))
        {
            throw new InvalidOperationException($"Refusing to send the access token to '{request.RequestUri}', outside '{baseAddress}'.");
        }

        // A fixed or cached token is ready at once: no async frame of this handler's own then.
        var token = tokenProvider(cancellationToken);
        return token.IsCompletedSuccessfully
            ? SendWithToken(request, token.Result, cancellationToken)
            : SendWhenTokenReadyAsync(request, token, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendWhenTokenReadyAsync(HttpRequestMessage request, ValueTask<string> token, CancellationToken cancellationToken) =>
        await SendWithToken(request, await token.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private Task<HttpResponseMessage> SendWithToken(HttpRequestMessage request, string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new InvalidOperationException("The access token provider returned no token.");
        }

        request.Headers.Authorization = HeaderFor(token);
        return base.SendAsync(request, cancellationToken);
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
