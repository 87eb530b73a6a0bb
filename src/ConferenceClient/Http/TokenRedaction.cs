using System;
using System.Net.Http;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Webex.Calling.Conference.Platform;

namespace Webex.Calling.Conference.Http;

/// <summary>
/// Keeps the access token out of what the client keeps, throws and logs, however a server echoes it:
/// as it was sent, JSON-escaped (<c>\u002D</c>) or percent-encoded (<c>%2D</c>). Text that holds an
/// encoded echo is decoded, then redacted: the token is looked for after decoding.
/// </summary>
internal static class TokenRedaction
{
    public const string Mask = "***";

    /// <summary>The token the request carried, if any.</summary>
    public static string? TokenOf(HttpRequestMessage? request) => request?.Headers.Authorization?.Parameter is { Length: > 0 } token ? token : null;

    public static string Redact(string text, string? token)
    {
        if (string.IsNullOrEmpty(token) || string.IsNullOrEmpty(text))
        {
            return text;
        }

        text = text.Replace(token, Mask, StringComparison.Ordinal);
        if (text.Contains('\\', StringComparison.Ordinal) && JsonUnescaped(text) is { } json && json.Contains(token, StringComparison.Ordinal))
        {
            text = json.Replace(token, Mask, StringComparison.Ordinal);
        }

        if (text.Contains('%', StringComparison.Ordinal) && Uri.UnescapeDataString(text) is { } decoded && decoded.Contains(token, StringComparison.Ordinal))
        {
            text = decoded.Replace(token, Mask, StringComparison.Ordinal);
        }

        return text;
    }

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
