using System;
using System.Runtime.InteropServices;

namespace Webex.Calling.Conference.Http;

/// <summary>The User-Agent of every request: <c>[ApplicationId ]ConferenceClient/&lt;version&gt; (.NET &lt;version&gt;; &lt;OS&gt;)</c>.</summary>
internal static class UserAgent
{
    private static readonly string ClientPart = $"ConferenceClient/{ClientVersion.Value} ({Comment($"{RuntimeInformation.FrameworkDescription}; {RuntimeInformation.OSDescription}")})";

    public static string For(string? applicationId) =>
        string.IsNullOrWhiteSpace(applicationId) ? ClientPart : $"{applicationId.Trim()} {ClientPart}";

    // A User-Agent comment may not hold unbalanced parentheses, and a header only printable ASCII; an
    // OS description might have either.
    private static string Comment(string text) => string.Create(text.Length, text, static (chars, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            chars[i] = source[i] switch
            {
                '(' => '[',
                ')' => ']',
                < ' ' or > '~' => '?',
                var c => c,
            };
        }
    });
}
