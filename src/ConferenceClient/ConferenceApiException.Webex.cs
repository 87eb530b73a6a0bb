using System;
using System.Collections.Generic;
using System.Linq;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference;

/// <summary>
/// A failed exchange with the Webex API: a non-success status, or a success whose body is not the
/// documented JSON. Keeps the status, the raw body, the headers and the tracking ID that Webex
/// support asks for. Never contains the access token.
/// </summary>
public partial class ConferenceApiException
{
    private const string GeneratedStatusSeparator = "\n\nStatus: ";
    private static readonly string[] TrackingHeaderNames = ["TrackingID", "X-TrackingID", "Tracking-ID"];

    private WebexError? _webexError;
    private bool _webexErrorKnown;
    private DateTimeOffset? _answeredAt;
    private string? _sentTrackingId;
    private string? _summary;
    private TimeSpan? _retryAfter;
    private bool _retryAfterRead;

    /// <summary>
    /// The Webex tracking ID: the body's <c>trackingId</c>, else the response's tracking header, else the
    /// one this client sent. Quote it in every Webex support case.
    /// </summary>
    public string? TrackingId =>
        NonBlank(Error()?.TrackingId) ?? HeaderValue(TrackingHeaderNames) ?? _sentTrackingId;

    /// <summary>The <c>message</c> of the Webex error body, when there was one.</summary>
    public string? WebexMessage => NonBlank(Error()?.Message);

    /// <summary>The <c>errorCode</c> of the Webex error body, when there was one.</summary>
    public int? ErrorCode => Error()?.ErrorCode;

    /// <summary>The <c>errors[].description</c> of the Webex error body; empty when there were none.</summary>
    public IReadOnlyList<string> ErrorDescriptions =>
        Error()?.Errors?.Select(e => e.Description).OfType<string>().Where(d => d.Length > 0).ToArray() ?? [];

    /// <summary>
    /// The wait the server asked for in Retry-After (whole seconds, or an HTTP date measured from the
    /// response's Date), when the answer had one; null when it had none or it was unreadable. The
    /// client has already retried what it could: wait at least this long before trying again.
    /// </summary>
    public TimeSpan? RetryAfter
    {
        get
        {
            if (!_retryAfterRead)
            {
                _retryAfter = RetryAfterHeader.Longest(HeaderValues(RetryAfterHeader.Name), ResponseDate(), _answeredAt ?? DateTimeOffset.UtcNow);
                _retryAfterRead = true;
            }

            return _retryAfter;
        }
    }

    /// <summary>What went wrong, what Webex said and the tracking ID, in one line.</summary>
    public override string Message
    {
        get
        {
            var said = WebexMessage ?? (ErrorDescriptions.Count > 0 ? string.Join("; ", ErrorDescriptions) : null);
            return Summary() + (said is null ? string.Empty : $" Webex says: {Short(said).TrimEnd('.')}.") + $" Tracking ID: {Short(TrackingId ?? "none")}.";
        }
    }

    // Exceptions the generated code builds carry a lead sentence plus a status and body excerpt; keep the lead.
    private string Summary()
    {
        if (_summary is not null)
        {
            return _summary;
        }

        var generated = base.Message;
        var cut = generated.IndexOf(GeneratedStatusSeparator, StringComparison.Ordinal);
        return cut >= 0 ? generated[..cut] : generated;
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

    private IEnumerable<string> HeaderValues(string name)
    {
        foreach (var header in Headers)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                foreach (var value in header.Value)
                {
                    yield return value;
                }
            }
        }
    }

    private DateTimeOffset? ResponseDate() =>
        HeaderValue(["Date"]) is { } date
        && DateTimeOffset.TryParse(date, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    // The Webex error: as the client read it, or, for an exception built with a public constructor (a
    // user's fake), its Result or a Webex error in its body, as a real answer would give.
    private WebexError? Error()
    {
        if (!_webexErrorKnown)
        {
            _webexError ??= (this as ConferenceApiException<WebexError>)?.Result ?? (StatusCode is < 200 or > 299 ? TryReadWebexError(Response ?? string.Empty) : null);
            _webexErrorKnown = true;
        }

        return _webexError;
    }

    // One line stays one short line, whatever a server put in its message.
    private static string Short(string text) => text.Length <= 512 ? text : text[..512] + "…";
}
