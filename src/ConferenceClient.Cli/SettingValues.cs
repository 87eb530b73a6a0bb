using System;
using System.Globalization;
using System.Net;

namespace Webex.Calling.Conference.Cli;

/// <summary>The settings that an option or an environment variable may give: their rules and readers.</summary>
internal static class SettingValues
{
    /// <summary>The most retries the tool asks for: with the backoff doubling from 1 s, ten already span minutes.</summary>
    public const int MostRetries = 10;

    private const double FewestSeconds = 0.01;
    private const double MostSeconds = 86_400;

    /// <summary>The time one attempt may take; the client's own bounds (10 ms to one day).</summary>
    public static readonly SettingValue<TimeSpan> Seconds = new(
        "a number of seconds from 0.01 to 86400, such as 30 or 2.5",
        static (string text, out TimeSpan value) =>
        {
            var ok = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                && seconds is >= FewestSeconds and <= MostSeconds;
            value = ok ? TimeSpan.FromSeconds(seconds) : default;
            return ok;
        });

    public static readonly SettingValue<int> Retries = new(
        $"a whole number from 0 to {MostRetries}",
        static (string text, out int value) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value <= MostRetries);

    /// <summary>The loopback port of <c>simulator serve</c>; 0 lets the system pick a free one.</summary>
    public static readonly SettingValue<int> Port = new(
        $"a whole number from 0 to {IPEndPoint.MaxPort} (0 for any free port)",
        static (string text, out int value) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value <= IPEndPoint.MaxPort);

    /// <summary>How many requests the journal of <c>simulator serve</c> keeps.</summary>
    public static readonly SettingValue<int> JournalLimit = new(
        "a whole number of at least 1",
        static (string text, out int value) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1);

    /// <summary>How many bytes of each body the journal of <c>simulator serve</c> keeps.</summary>
    public static readonly SettingValue<int> JournalBodyLimit = new(
        "a whole number of bytes, 0 or more",
        static (string text, out int value) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value));

    /// <summary>The API root: https, or plain http on a loopback address (a local simulator), as the client allows.</summary>
    public static readonly SettingValue<Uri> BaseAddress = new(
        $"an absolute https URL such as {ConferenceClientOptions.DefaultBaseAddressText} (plain http only on a loopback address)",
        static (string text, out Uri value) =>
        {
            var ok = Uri.TryCreate(text, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
            value = ok ? uri! : ConferenceClientOptions.DefaultBaseAddress;
            return ok;
        });
}
