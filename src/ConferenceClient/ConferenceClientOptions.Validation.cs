using System;
using System.Net.Http.Headers;

namespace Webex.Calling.Conference;

public sealed partial class ConferenceClientOptions
{
    /// <summary>Checks every setting up front, so a mistake fails where the client is built, not on its first call.</summary>
    /// <exception cref="ArgumentException">A setting is missing or wrong; the message says which and why.</exception>
    internal void Validate()
    {
        if (AccessTokenProvider is null && string.IsNullOrWhiteSpace(AccessToken))
        {
            throw new ArgumentException("Set AccessToken or AccessTokenProvider: the Webex API needs a token.", nameof(AccessToken));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries, nameof(MaxRetries));
        // Polly's own bounds, checked here so the message names the option and comes before any call.
        if (MaxRetryDelay <= TimeSpan.Zero || MaxRetryDelay > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetryDelay), MaxRetryDelay, "MaxRetryDelay must be more than zero and at most one day.");
        }

        if ((Timeout < TimeSpan.FromMilliseconds(10) || Timeout > TimeSpan.FromDays(1)) && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "Timeout (per attempt) must be between 10 ms and one day, or Timeout.InfiniteTimeSpan for none.");
        }

        if (MaxResponseSize < 1024 || MaxResponseSize > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxResponseSize), MaxResponseSize, "MaxResponseSize must be between 1 KiB and 2 GiB.");
        }

        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        ConferenceControlsClient.ValidLineOwnerId(LineOwnerId, nameof(LineOwnerId));

        if (!string.IsNullOrWhiteSpace(ApplicationId) && !(ProductInfoHeaderValue.TryParse(ApplicationId.Trim(), out var product) && product.Product is not null))
        {
            throw new ArgumentException($"ApplicationId must be a User-Agent product token such as 'ReceptionConsole/2.1', not '{ApplicationId}'.", nameof(ApplicationId));
        }

        _ = EffectiveBaseAddress();
    }

    /// <summary>The base address to use: absolute, https or loopback http, ending with '/'.</summary>
    internal Uri EffectiveBaseAddress()
    {
        var address = BaseAddress ?? DefaultBaseAddress;
        if (!address.IsAbsoluteUri)
        {
            throw new ArgumentException($"BaseAddress must be absolute, not '{address}'.", nameof(BaseAddress));
        }

        if (address.Scheme != Uri.UriSchemeHttps && !(address.Scheme == Uri.UriSchemeHttp && address.IsLoopback))
        {
            throw new ArgumentException(
                $"BaseAddress must use https; plain http is allowed only for a loopback address, not '{address}'.", nameof(BaseAddress));
        }

        // Operation paths are relative ("telephony/conference"): without the slash they would replace "v1".
        return address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
    }
}
