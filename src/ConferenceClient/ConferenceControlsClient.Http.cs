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

    // One string, written in place: the prefix and a new random (version 4) UUID. The tool's raw reads use it too.
    internal static string NewTrackingId() =>
        string.Create(TrackingIdPrefix.Length + 36, RandomUuid(), static (chars, guid) =>
        {
            TrackingIdPrefix.AsSpan().CopyTo(chars);
            guid.TryFormat(chars[TrackingIdPrefix.Length..], out _, "D");
        });

    // A tracking ID must be unique, not secret. On .NET, Guid.NewGuid asks the operating system's
    // generator on every call (a read of /dev/urandom on Linux, about a tenth of an in-memory call);
    // Random.Shared is seeded from it once per thread with 256 bits, and 122 of its bits make the UUID.
#if NET
    private static Guid RandomUuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes);
        MarkVersion4(bytes);
        return new Guid(bytes);
    }
#else
    // The netstandard2.0 build does the same where it runs on .NET 6 or later (a .NET 8 app), whose
    // unseeded Random is that generator; .NET Framework's and Mono's seed theirs from the clock, and
    // their Guid.NewGuid costs little, so it stays there.
    private static readonly bool SeedsFromTheSystem = Environment.Version.Major >= 6;

    [ThreadStatic]
    private static Random? t_random;

    [ThreadStatic]
    private static byte[]? t_bytes;

    private static Guid RandomUuid()
    {
        if (!SeedsFromTheSystem)
        {
            return Guid.NewGuid();
        }

        var bytes = t_bytes ??= new byte[16];
        (t_random ??= new Random()).NextBytes(bytes);
        MarkVersion4(bytes);
        return new Guid(bytes);
    }
#endif

    // Guid's byte layout keeps the version in the high nibble of byte 7 and the variant in byte 8.
    private static void MarkVersion4(Span<byte> bytes)
    {
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
    }

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
