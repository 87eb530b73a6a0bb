using System;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Webex.Calling.Conference.Http;

/// <summary>The User-Agent of every request: <c>[ApplicationId ]ConferenceClient/&lt;version&gt; (.NET &lt;version&gt;; &lt;OS&gt;)</c>.</summary>
internal static class UserAgent
{
    private static readonly string ClientPart = $"ConferenceClient/{ClientVersion()} ({Comment($".NET {Environment.Version}; {RuntimeInformation.OSDescription}")})";

    public static string For(string? applicationId) =>
        string.IsNullOrWhiteSpace(applicationId) ? ClientPart : $"{applicationId.Trim()} {ClientPart}";

    // The informational version without its "+commit" suffix.
    private static string ClientVersion()
    {
        var version = typeof(UserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                      ?? typeof(UserAgent).Assembly.GetName().Version?.ToString()
                      ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }

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
