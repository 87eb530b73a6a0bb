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

    /// <summary>The most of the body an exception keeps as text; the rest is cut, and the cut marked.</summary>
    internal const int KeptBodyLength = 4096;

    /// <summary>
    /// Builds the exception for a failed answer: the raw body (cut to <see cref="KeptBodyLength"/>) and
    /// headers with the access token replaced by <c>***</c> (a proxy or a buggy server may echo the
    /// request), the parsed Webex error when the body is one, and the tracking ID this client sent as
    /// the last fallback. A body larger than the default limit is not read.
    /// </summary>
    /// <param name="response">The answer, with its request.</param>
    /// <param name="problem">What was wrong beyond the status, or null for a non-success status.</param>
    /// <param name="cause">The exception that revealed the problem, if any.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    internal static async Task<ConferenceApiException> FromResponseAsync(
        HttpResponseMessage response, string? problem, Exception? cause, CancellationToken cancellationToken)
    {
        if (response.Content is not null && !await ResponseBody.TryBufferAsync(response, ResponseBody.DefaultLimit, cancellationToken).ConfigureAwait(false))
        {
            return TooLarge(response, ResponseBody.DefaultLimit);
        }

        var body = response.Content is null ? string.Empty : await TextOfAsync(response.Content, cancellationToken).ConfigureAwait(false);
        return Build(response, body, problem, cause);
    }

    // The body as text, read as a success body is: UTF-8, as JSON is, whatever charset the answer
    // declares (a label such as utf-32 would garble it), unless a byte order mark says otherwise.
    private static async Task<string> TextOfAsync(HttpContent content, CancellationToken cancellationToken)
    {
        // The bytes, not the stream: a success body's reader has already read the buffered stream to its end.
        var bytes = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new System.IO.StreamReader(new System.IO.MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>The exception for an answer whose body is larger than the client reads: status, headers and tracking ID, no body.</summary>
    internal static ConferenceApiException TooLarge(HttpResponseMessage response, long limit) =>
        Build(response, string.Empty, $"with a body larger than the {limit} bytes this client reads (MaxResponseSize), left unread", cause: null);

    private static ConferenceApiException Build(HttpResponseMessage response, string rawBody, string? problem, Exception? cause)
    {
        var token = TokenRedaction.TokenOf(response.RequestMessage);
        var body = TokenRedaction.Redact(rawBody, token);

        var headers = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Content is null ? response.Headers : response.Headers.Concat(response.Content.Headers))
        {
            // A header's name is the server's text too: one that quotes the token is kept without it.
            var name = TokenRedaction.Redact(header.Key, token);
            var values = header.Value.Select(v => TokenRedaction.Redact(v, token));
            headers[name] = headers.TryGetValue(name, out var earlier) ? [.. earlier, .. values] : values.ToArray();
        }

        var status = (int)response.StatusCode;
        var summary = $"The Webex API answered {status} ({ReasonOf(response, token)})" +
                      (problem is null ? "." : $" {problem}.");
        if (cause is not null && TokenRedaction.Redact(cause.ToString(), token) != cause.ToString())
        {
            cause = new JsonException(TokenRedaction.Redact(cause.Message, token));
        }

        // The generic exception means "Webex sent its error shape": a failure status whose body has a
        // field of a Webex error, not any JSON object, and never a success whose body was wrong.
        var error = response.IsSuccessStatusCode ? null : TryReadWebexError(body);
        var kept = Cut(body);
        var exception = error is null
            ? new ConferenceApiException(summary, status, kept, headers, cause)
            : new ConferenceApiException<WebexError>(summary, status, kept, headers, error, cause);
        exception._summary = summary;
        exception._webexError = error;
        exception._webexErrorKnown = true;
        exception._answeredAt = AnsweredAt.Of(response);
        exception._sentTrackingId = response.RequestMessage is { } request ? TrackingIds.Sent(request) : null;
        return exception;
    }

    // Message and ToString() stay small whatever the server sent: the kept text is cut, and says so.
    private static string Cut(string body) =>
        body.Length <= KeptBodyLength ? body : $"{body[..KeptBodyLength]}… [cut: {body.Length} characters in all]";

    /// <summary>The reason phrase as a server sent it, but short, printable and without the token.</summary>
    internal static string ReasonOf(HttpResponseMessage response, string? token)
    {
        // Redacted whole, then cut: a cut through the token would leave the rest of it.
        var reason = TokenRedaction.Redact(response.ReasonPhrase is { Length: > 0 } phrase ? phrase : response.StatusCode.ToString(), token);
        reason = reason.Length <= 64 ? reason : reason[..64] + "…";
        return string.Create(reason.Length, reason, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
    }

    private static WebexError? TryReadWebexError(string body)
    {
        if (!body.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            var error = JsonConvert.DeserializeObject<WebexError>(body, ConferenceControlsClient.SerializerSettings);
            return error is { HasAnyKnownField: true } ? error : null;
        }
        catch (Exception unreadable) when (unreadable is JsonException or ArgumentException or InvalidCastException or FormatException)
        {
            return null;
        }
    }
}
