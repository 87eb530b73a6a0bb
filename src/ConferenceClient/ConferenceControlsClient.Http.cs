using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference;

// The generated methods call these hooks around every send.
public partial class ConferenceControlsClient
{
    /// <summary>The request header that carries the tracking ID this client makes for each call.</summary>
    internal const string TrackingIdHeader = "TrackingID";

    /// <summary>
    /// The key under which a failure that had no answer (an <see cref="System.Net.Http.HttpRequestException"/>
    /// or a <see cref="System.TimeoutException"/>) holds, in its <see cref="System.Exception.Data"/>, the
    /// <c>TrackingID</c> the call sent: the ID to quote to Webex support.
    /// </summary>
    public const string TrackingIdDataKey = "Webex.TrackingId";

    /// <summary>The start of every tracking ID this client makes: <c>WXCONF_</c> and a new GUID per call.</summary>
    internal const string TrackingIdPrefix = "WXCONF_";

    // One tracking ID per call, set before the retry pipeline, so every attempt of a call carries the
    // same ID and Webex support can find all of them from the ID in the exception.
    static partial void PrepareRequest(HttpRequestMessage request) =>
        request.Headers.TryAddWithoutValidation(TrackingIdHeader, NewTrackingId());

    // One string, written in place: the prefix and a new GUID. The tool's raw reads use it too.
    internal static string NewTrackingId() =>
        string.Create(TrackingIdPrefix.Length + 36, Guid.NewGuid(), static (chars, guid) =>
        {
            TrackingIdPrefix.AsSpan().CopyTo(chars);
            guid.TryFormat(chars[TrackingIdPrefix.Length..], out _, "D");
        });

    // Every non-success answer becomes one ConferenceApiException, built from the raw body, before the
    // generated method would read it as the operation's result.
    private static partial async Task ProcessResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await ConferenceApiException.FromResponseAsync(response, problem: null, cause: null, cancellationToken).ConfigureAwait(false);
        }
    }
}
