using System.Linq;

namespace Webex.Calling.Conference.Cli.Output;

/// <summary>Text from the network as the text output prints it.</summary>
internal static class TerminalText
{
    /// <summary>
    /// Text from the network made safe for a terminal: control characters (line breaks, ESC sequences that
    /// would move the cursor or recolour the screen) are written as <c>\uXXXX</c>, as JSON writes them.
    /// </summary>
    public static string Printable(string text) =>
        !text.Any(char.IsControl) ? text : string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
