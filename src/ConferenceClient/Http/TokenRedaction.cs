using System;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Webex.Calling.Conference.Platform;

namespace Webex.Calling.Conference.Http;

/// <summary>
/// Keeps the access token out of what the client keeps, throws and logs, however a server echoes it:
/// as it was sent, JSON-escaped (<c>\u002D</c>), percent-encoded (<c>%2D</c>) or as the hex of its
/// bytes (<c>74-6F-6B</c>, as .NET quotes a chunk-size line it cannot read). Text that holds an encoded
/// echo is decoded, then redacted: the token is looked for after decoding.
/// </summary>
/// <remarks>
/// The token is redacted whole, never letters inside other words. A token of
/// <see cref="AnywhereLength"/> characters or more (every real Webex token is well over 100) cannot occur
/// by chance, so it is redacted wherever it stands. A shorter one, such as a test's <c>"t"</c>, protects
/// nothing and would mask every <c>t</c> of every word: it is redacted only where it stands as a word of
/// its own, not touched by a letter, a digit, <c>-</c>, <c>_</c> or <c>.</c> on either side.
/// </remarks>
internal static class TokenRedaction
{
    public const string Mask = "***";

    /// <summary>The length from which a token is redacted wherever it occurs, even inside a word.</summary>
    public const int AnywhereLength = 16;

    /// <summary>The token the request carried, if any.</summary>
    public static string? TokenOf(HttpRequestMessage? request) => request?.Headers.Authorization?.Parameter is { Length: > 0 } token ? token : null;

    public static string Redact(string text, string? token)
    {
        if (string.IsNullOrEmpty(token) || string.IsNullOrEmpty(text))
        {
            return text;
        }

        text = Masked(text, token);
        if (text.Contains('\\', StringComparison.Ordinal) && JsonUnescaped(text) is { } json && Holds(json, token))
        {
            text = Masked(json, token);
        }

        if (text.Contains('%', StringComparison.Ordinal) && Uri.UnescapeDataString(text) is { } decoded && Holds(decoded, token))
        {
            text = Masked(decoded, token);
        }

        // Hex, as .NET quotes bytes it cannot read (upper case with dashes), or without dashes: a long
        // token's only, and only in text long enough to hold it, so a tracking ID costs nothing.
        if (token.Length >= AnywhereLength && text.Length >= 2 * token.Length)
        {
            var hex = BitConverter.ToString(Encoding.UTF8.GetBytes(token));
            text = Masked(Masked(text, hex, StringComparison.OrdinalIgnoreCase), hex.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    /// <summary>Whether <paramref name="text"/> holds the token as <see cref="Redact(string, string?)"/> would mask it.</summary>
    private static bool Holds(string text, string token) => IndexOfToken(text, token, 0) >= 0;

    private static string Masked(string text, string token) => Masked(text, token, comparison: null);

    // Every place the needle stands replaced by the mask: the token by its rule (comparison null), or
    // any other form wherever it occurs.
    private static string Masked(string text, string needle, StringComparison? comparison)
    {
        var at = Next(text, needle, 0, comparison);
        if (at < 0)
        {
            return text;
        }

        var masked = new StringBuilder(text.Length);
        var from = 0;
        for (; at >= 0; at = Next(text, needle, from, comparison))
        {
            masked.Append(text, from, at - from).Append(Mask);
            from = at + needle.Length;
        }

        return masked.Append(text, from, text.Length - from).ToString();
    }

    private static int Next(string text, string needle, int from, StringComparison? comparison) =>
        comparison is { } any ? text.IndexOf(needle, from, any) : IndexOfToken(text, needle, from);

    // The next place the token stands: anywhere for a long token, as a word of its own for a short one.
    private static int IndexOfToken(string text, string token, int from)
    {
        while ((from = text.IndexOf(token, from, StringComparison.Ordinal)) >= 0)
        {
            var end = from + token.Length;
            if (token.Length >= AnywhereLength || ((from == 0 || !IsWordCharacter(text[from - 1])) && (end == text.Length || !IsWordCharacter(text[end]))))
            {
                return from;
            }

            from++;
        }

        return -1;
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or '.';

    /// <summary>
    /// A transport's failure as it was, or, when its text holds the token, one of the same type and
    /// error whose text does not. Other failures (a caller's handler's, say) are left as they are, so the
    /// retry rules judge them as thrown.
    /// </summary>
    public static Exception Redact(Exception failure, string? token)
    {
        if (!Holds(failure, token))
        {
            return failure;
        }

        var message = Redact(failure.Message, token);
        return failure switch
        {
            HttpRequestException http => TransportErrors.WithMessage(http, message),
            TimeoutException => new TimeoutException(message),
            _ => failure,
        };
    }

    /// <summary>Whether the failure's text, its inner failures' included, holds the token in any encoding.</summary>
    public static bool Holds(Exception failure, string? token) =>
        !string.IsNullOrEmpty(token) && Redact(failure.ToString(), token) != failure.ToString();

    // JSON text with its escapes decoded: a JSON document written compactly with its strings as they
    // read, or, for text that is not JSON, its \u and \ escapes undone.
    private static string? JsonUnescaped(string text)
    {
        try
        {
            using var reader = new JsonTextReader(new System.IO.StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
            var document = JToken.ReadFrom(reader).ToString(Formatting.None, []);
            // One document only: text after it (another document, a word) is read as text below.
            return reader.Read() ? Regex.Unescape(text) : document;
        }
        catch (JsonException)
        {
            try
            {
                return Regex.Unescape(text);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
    }
}
