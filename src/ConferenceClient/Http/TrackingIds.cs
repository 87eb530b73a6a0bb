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
}
