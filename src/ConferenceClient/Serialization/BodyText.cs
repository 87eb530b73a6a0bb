using System;
using System.Buffers;
using System.IO;
using System.Text;
using Newtonsoft.Json;

namespace Webex.Calling.Conference.Serialization;

/// <summary>
/// Newtonsoft's reader over a buffered answer, in pooled arrays: the body decoded once into a rented char
/// array, and the reader's own buffer rented too, where a StreamReader and a JsonTextReader would allocate
/// about 5 KB per answer. The text is what a UTF-8 StreamReader reads: a UTF-8 byte-order mark is skipped
/// and an invalid byte reads as U+FFFD; a body that starts with another encoding's mark, or one larger
/// than the pool keeps, is read by a StreamReader as before.
/// </summary>
internal static class BodyText
{
    // The shared pool keeps arrays up to 1 MiB on every build; a larger body is streamed instead.
    private const int LargestPooled = 1024 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>A reader of <paramref name="stream"/> from its position; disposing it returns its arrays. The stream is left open.</summary>
    public static JsonTextReader ReaderFor(Stream stream)
    {
        var length = stream.CanSeek ? stream.Length - stream.Position : -1;
        if (length is < 0 or > LargestPooled)
        {
            return StreamReaderFor(stream);
        }

        var bytes = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            var count = ReadAll(stream, bytes, (int)length);
            var start = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            if (start == 0 && count >= 2 && (bytes[0], bytes[1]) is (0xFE, 0xFF) or (0xFF, 0xFE) or (0x00, 0x00))
            {
                // UTF-16 or UTF-32 by its mark (a JSON text never starts with these bytes in UTF-8).
                stream.Seek(-count, SeekOrigin.Current);
                return StreamReaderFor(stream);
            }

            var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, Utf8.GetMaxCharCount(count - start)));
            var decoded = Utf8.GetChars(bytes, start, count - start, chars, 0);
            return new JsonTextReader(new PooledCharsReader(chars, decoded)) { ArrayPool = CharPool.Instance };
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    // 1024 is the default that .NET reads -1 as; .NET Framework refuses -1.
    private static JsonTextReader StreamReaderFor(Stream stream) =>
        new(new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1024, leaveOpen: true));

    private static int ReadAll(Stream stream, byte[] bytes, int length)
    {
        var count = 0;
        int read;
        while (count < length && (read = stream.Read(bytes, count, length - count)) > 0)
        {
            count += read;
        }

        return count;
    }

    /// <summary>The decoded body, handed to the reader as a TextReader; disposed (as the reader closes it), its array goes back to the pool.</summary>
    private sealed class PooledCharsReader(char[] chars, int length) : TextReader
    {
        private char[]? _chars = chars;
        private int _position;

        public override int Peek() => _position < length ? Chars[_position] : -1;

        public override int Read() => _position < length ? Chars[_position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            var copied = Math.Min(count, length - _position);
            if (copied <= 0)
            {
                return 0;
            }

            Array.Copy(Chars, _position, buffer, index, copied);
            _position += copied;
            return copied;
        }

        protected override void Dispose(bool disposing)
        {
            if (_chars is { } rented)
            {
                _chars = null;
                ArrayPool<char>.Shared.Return(rented);
            }

            base.Dispose(disposing);
        }

        private char[] Chars => _chars ?? throw new ObjectDisposedException(nameof(BodyText));
    }

    /// <summary>Newtonsoft's reader rents its buffer here and returns it when closed.</summary>
    private sealed class CharPool : IArrayPool<char>
    {
        public static readonly CharPool Instance = new();

        public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

        public void Return(char[]? array)
        {
            if (array is not null)
            {
                ArrayPool<char>.Shared.Return(array);
            }
        }
    }
}
