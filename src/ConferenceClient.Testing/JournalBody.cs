using System.Text;

namespace Webex.Calling.Conference.Testing;

/// <summary>A request body as the journal keeps it: at most so many bytes of UTF-8, cut at a whole character.</summary>
internal static class JournalBody
{
    public static string? Cut(string? body, int maxBytes, out bool truncated)
    {
        truncated = body is not null && Encoding.UTF8.GetByteCount(body) > maxBytes;
        if (!truncated)
        {
            return body;
        }

        var bytes = Encoding.UTF8.GetBytes(body!);
        var end = maxBytes;

        // Back to the first byte of the character the limit falls in, so no character is cut in half.
        while (end > 0 && (bytes[end] & 0b1100_0000) == 0b1000_0000)
        {
            end--;
        }

        return Encoding.UTF8.GetString(bytes, 0, end);
    }
}
