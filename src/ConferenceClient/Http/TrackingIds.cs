using System.Linq;
using System.Net.Http;

namespace Webex.Calling.Conference.Http;

/// <summary>The Webex tracking IDs of an exchange: the one this client sent, and the one the server answered with.</summary>
internal static class TrackingIds
{
    public static string? Sent(HttpRequestMessage request) =>
        request.Headers.TryGetValues(ConferenceControlsClient.TrackingIdHeader, out var values) ? values.FirstOrDefault() : null;

    public static string? Of(HttpResponseMessage response) =>
        response.Headers.TryGetValues(ConferenceControlsClient.TrackingIdHeader, out var values) ? values.FirstOrDefault() : null;

    /// <summary>
    /// The ID that logs and traces report for an answer: the server's, without the token whatever it
    /// echoes (a header is the server's text), else the one this client sent.
    /// </summary>
    public static string? Reported(HttpRequestMessage request, HttpResponseMessage response) =>
        Of(response) is { } answered ? TokenRedaction.Redact(answered, TokenRedaction.TokenOf(request)) : Sent(request);

    /// <summary>
    /// A failure with no answer (a transport's, a timeout), carrying in its <see cref="System.Exception.Data"/>
    /// the tracking ID the call sent, under <see cref="ConferenceControlsClient.TrackingIdDataKey"/>, so
    /// it reaches Webex support as an answered failure's does.
    /// </summary>
    public static System.Exception Tagged(System.Exception failure, HttpRequestMessage request)
    {
        if (Sent(request) is { } trackingId && !failure.Data.IsReadOnly)
        {
            failure.Data[ConferenceControlsClient.TrackingIdDataKey] = trackingId;
        }

        return failure;
    }
}
