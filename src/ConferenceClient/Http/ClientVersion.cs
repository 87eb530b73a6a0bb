using System.Reflection;

namespace Webex.Calling.Conference.Http;

/// <summary>The library's version, as the User-Agent, the ActivitySource and the Meter state it.</summary>
internal static class ClientVersion
{
    /// <summary>The informational version without its "+commit" suffix.</summary>
    public static readonly string Value = Read();

    private static string Read()
    {
        var assembly = typeof(ClientVersion).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                      ?? assembly.GetName().Version?.ToString()
                      ?? "0.0.0";
        var plus = version.IndexOf('+', System.StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }
}
