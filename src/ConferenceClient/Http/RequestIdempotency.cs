using System;
using System.Net.Http;

namespace Webex.Calling.Conference.Http;

/// <summary>Which requests may be sent again after the server may already have acted on them.</summary>
internal static class RequestIdempotency
{
    /// <summary>
    /// Start and add-participant create something, so a second send after a 5xx or a lost answer could
    /// join calls twice. Every other operation reads, ends or sets a state, so repeating it is harmless.
    /// </summary>
    public static bool IsIdempotent(HttpRequestMessage request)
    {
        if (request.Method != HttpMethod.Post)
        {
            return true;
        }

        var path = request.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : request.RequestUri?.OriginalString ?? string.Empty;
        path = path.TrimEnd('/');
        return !(path.EndsWith("/telephony/conference", StringComparison.Ordinal)
                 || path.EndsWith("/telephony/conference/addParticipant", StringComparison.Ordinal));
    }
}
