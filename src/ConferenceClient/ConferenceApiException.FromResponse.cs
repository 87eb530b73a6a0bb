using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference;

public partial class ConferenceApiException
{
    private const string Redacted = "***";

    /// <summary>
    /// Builds the exception for a failed answer: the raw body and headers with the access token
    /// replaced by <c>***</c> (a proxy or a buggy server may echo the request), the parsed Webex error
    /// when the body is one, and the tracking ID this client sent as the last fallback.
    /// </summary>
    /// <param name="response">The answer, with its request.</param>
    /// <param name="problem">What was wrong beyond the status, or null for a non-success status.</param>
    /// <param name="cause">The exception that revealed the problem, if any.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    internal static async Task<ConferenceApiException> FromResponseAsync(
        HttpResponseMessage response, string? problem, Exception? cause, CancellationToken cancellationToken)
    {
        var token = response.RequestMessage?.Headers.Authorization?.Parameter;
        var body = response.Content is null
            ? string.Empty
            : Redact(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false), token);

        var headers = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Content is null ? response.Headers : response.Headers.Concat(response.Content.Headers))
        {
            headers[header.Key] = header.Value.Select(v => Redact(v, token)).ToArray();
        }

        var status = (int)response.StatusCode;
        var summary = $"The Webex API answered {status} ({response.ReasonPhrase ?? response.StatusCode.ToString()})" +
                      (problem is null ? "." : $" {problem}.");
        if (cause is not null && token is { Length: > 0 } && cause.Message.Contains(token, StringComparison.Ordinal))
        {
            cause = new JsonException(Redact(cause.Message, token));
        }

        var error = TryReadWebexError(body);
        var exception = error is null
            ? new ConferenceApiException(summary, status, body, headers, cause)
            : new ConferenceApiException<WebexError>(summary, status, body, headers, error, cause);
        exception._summary = summary;
        exception._webexError = error;
        exception._sentTrackingId = response.RequestMessage is { } request ? TrackingIds.Sent(request) : null;
        return exception;
    }

    private static string Redact(string text, string? token) =>
        string.IsNullOrEmpty(token) ? text : text.Replace(token, Redacted, StringComparison.Ordinal);

    private static WebexError? TryReadWebexError(string body)
    {
        if (!body.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            return JsonConvert.DeserializeObject<WebexError>(body, ConferenceControlsClient.SerializerSettings);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
