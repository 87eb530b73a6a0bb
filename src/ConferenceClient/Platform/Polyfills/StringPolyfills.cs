using System;
using System.Buffers;

namespace System.Buffers
{
    // netstandard2.0 only: .NET Core 2.1's delegate for string.Create.
    internal delegate void SpanAction<T, in TArg>(Span<T> span, TArg arg);
}

namespace Webex.Calling.Conference.Platform.Polyfills
{
    // netstandard2.0 only: the string members .NET Core 2.1+ added that the shared code uses.
    internal static class StringPolyfills
    {
        extension(string)
        {
            // One more copy than .NET's in-place write; the strings made so are short (a tracking ID, a reason).
            public static string Create<TState>(int length, TState state, SpanAction<char, TState> action)
            {
                var chars = new char[length];
                action(chars, state);
                return new string(chars);
            }

            public static string Join(char separator, System.Collections.Generic.IEnumerable<string> values) => string.Join(separator.ToString(), values);
        }

        extension(string text)
        {
            public bool StartsWith(char value) => text.Length > 0 && text[0] == value;

            public bool EndsWith(char value) => text.Length > 0 && text[text.Length - 1] == value;

            public bool Contains(char value, StringComparison comparison) => text.IndexOf(value.ToString(), comparison) >= 0;

            public bool Contains(string value, StringComparison comparison) => text.IndexOf(value, comparison) >= 0;

            public int IndexOf(char value, StringComparison comparison) => text.IndexOf(value.ToString(), comparison);

            // Ordinal only: the shared code replaces a token, which is compared byte for byte.
            public string Replace(string oldValue, string newValue, StringComparison comparison) =>
                comparison == StringComparison.Ordinal
                    ? text.Replace(oldValue, newValue)
                    : throw new NotSupportedException("Only ordinal replacement is polyfilled.");
        }

        extension(Guid guid)
        {
            public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format)
            {
                var text = guid.ToString(format.ToString());
                charsWritten = text.Length <= destination.Length ? text.Length : 0;
                return charsWritten > 0 && text.AsSpan().TryCopyTo(destination);
            }
        }
    }
}
