using System;
using System.Collections.Generic;
using System.Net;
using Newtonsoft.Json;

namespace Webex.Calling.Conference;

// Exceptions built by hand, for users' fakes and tests: the same properties a real answer gives.
public partial class ConferenceApiException
{
    /// <summary>
    /// An exception as the client builds it for a failure status with a Webex error body: the
    /// <see cref="TrackingId"/>, <see cref="WebexMessage"/>, <see cref="ErrorCode"/> and
    /// <see cref="RetryAfter"/> (from a <c>Retry-After</c> in <paramref name="headers"/>) are filled as
    /// for a real answer, and the one-line message reads the same. For fakes of
    /// <see cref="IConferenceControlsClient"/> in your tests.
    /// </summary>
    /// <param name="statusCode">The HTTP status, 400 or above.</param>
    /// <param name="error">The Webex error body.</param>
    /// <param name="headers">The response headers, if any (names are matched ignoring case).</param>
    /// <param name="timeProvider">The clock a <c>Retry-After</c> date is measured by; the system clock when null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not a failure status.</exception>
    public static ConferenceApiException<WebexError> FromWebexError(
        int statusCode, WebexError error, IReadOnlyDictionary<string, IEnumerable<string>>? headers = null, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        ArgumentNullException.ThrowIfNull(error);
        var reason = Enum.IsDefined((HttpStatusCode)statusCode) ? ((HttpStatusCode)statusCode).ToString() : "Unknown";
        var summary = $"The Webex API answered {statusCode} ({reason}).";
        var keptHeaders = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in headers ?? new Dictionary<string, IEnumerable<string>>())
        {
            keptHeaders[name] = values;
        }

        return new ConferenceApiException<WebexError>(summary, statusCode, JsonConvert.SerializeObject(error), keptHeaders, error, null)
        {
            _summary = summary,
            _webexError = error,
            _webexErrorKnown = true,
            _answeredAt = (timeProvider ?? TimeProvider.System).GetUtcNow(),
        };
    }
}
