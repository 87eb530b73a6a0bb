using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference;

/// <summary>
/// A failed exchange with the Webex API: a non-success status, or a success whose body is not the
/// documented JSON. Keeps the status, the raw body, the headers and the tracking ID that Webex
/// support asks for. Never contains the access token.
/// </summary>
public partial class ConferenceApiException
{
    private const string StatusSeparator = "\n\nStatus: ";
    private static readonly string[] TrackingHeaderNames = ["TrackingID", "X-TrackingID", "Tracking-ID"];

    private WebexError? _webexError;
    private string? _sentTrackingId;

    /// <summary>
    /// The Webex tracking ID: the body's <c>trackingId</c>, else the response's tracking header, else the
    /// one this client sent. Quote it in every Webex support case.
    /// </summary>
    public string? TrackingId =>
        NonBlank(_webexError?.TrackingId) ?? HeaderValue(TrackingHeaderNames) ?? _sentTrackingId;

    /// <summary>The <c>message</c> of the Webex error body, when there was one.</summary>
    public string? WebexMessage => NonBlank(_webexError?.Message);

    /// <summary>The <c>errors[].description</c> of the Webex error body; empty when there were none.</summary>
    public IReadOnlyList<string> ErrorDescriptions =>
        _webexError?.Errors?.Select(e => e.Description).OfType<string>().Where(d => d.Length > 0).ToArray() ?? [];

    /// <summary>
    /// How long the server asked to wait before trying again (Retry-After), when it said so. Set when
    /// the wait was longer than the client's MaxRetryDelay, or the retries ran out.
    /// </summary>
    public TimeSpan? RetryAfter =>
        RetryAfterHeader.Parse(HeaderValue([RetryAfterHeader.Name]), ResponseDate(), DateTimeOffset.UtcNow);

    /// <summary>The status, what Webex said and the tracking ID, in one line.</summary>
    public override string Message
    {
        get
        {
            // The generated constructor appends the status and a body excerpt; keep only its lead sentence.
            var lead = base.Message;
            var cut = lead.IndexOf(StatusSeparator, StringComparison.Ordinal);
            lead = cut >= 0 ? lead[..cut] : lead;

            var said = WebexMessage ?? (ErrorDescriptions.Count > 0 ? string.Join("; ", ErrorDescriptions) : null);
            return $"{lead} HTTP {StatusCode}" +
                   (said is null ? string.Empty : $", Webex says: {said}") +
                   $". Tracking ID: {TrackingId ?? "none"}.";
        }
    }

    internal static async Task<ConferenceApiException> FromResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = response.Content is null
            ? string.Empty
            : await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);

        // A proxy or a buggy server may echo the request back: never let the token through.
        if (response.RequestMessage?.Headers.Authorization?.Parameter is { Length: > 0 } token)
        {
            body = body.Replace(token, "***", StringComparison.Ordinal);
        }

        var headers = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
        {
            headers[header.Key] = header.Value;
        }

        if (response.Content is not null)
        {
            foreach (var header in response.Content.Headers)
            {
                headers[header.Key] = header.Value;
            }
        }

        var status = (int)response.StatusCode;
        var lead = $"The Webex API answered {status} {response.ReasonPhrase}.".Replace(" .", ".", StringComparison.Ordinal);
        var error = TryReadWebexError(body);
        var exception = error is null
            ? new ConferenceApiException(lead, status, body, headers, null)
            : new ConferenceApiException<WebexError>(lead, status, body, headers, error, null);
        exception._webexError = error;
        exception._sentTrackingId = response.RequestMessage?.Headers.TryGetValues(ConferenceControlsClient.TrackingIdHeader, out var sent) == true
            ? sent.FirstOrDefault()
            : null;
        return exception;
    }

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

    private string? HeaderValue(string[] names)
    {
        foreach (var name in names)
        {
            foreach (var header in Headers)
            {
                if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase) && NonBlank(string.Join(',', header.Value)) is { } value)
                {
                    return value;
                }
            }
        }

        return null;
    }

    private DateTimeOffset? ResponseDate() =>
        HeaderValue(["Date"]) is { } date && DateTimeOffset.TryParse(date, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
