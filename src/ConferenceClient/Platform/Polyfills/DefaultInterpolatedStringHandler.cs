using System.Text;

namespace System.Runtime.CompilerServices;

// netstandard2.0 only: .NET 6's handler, which the generated client builds its paths with
// (Client.Operation.Wire.liquid), over a StringBuilder. Once it exists the compiler builds every
// interpolated string with it, so it formats as string.Format does: the current culture, alignment.
internal ref struct DefaultInterpolatedStringHandler
{
    private StringBuilder? _builder;

    public DefaultInterpolatedStringHandler(int literalLength, int formattedCount) =>
        _builder = new StringBuilder(literalLength + (formattedCount * 11));

    public readonly void AppendLiteral(string value) => _builder!.Append(value);

    public readonly void AppendFormatted<T>(T value) => AppendFormatted(value, 0, null);

    public readonly void AppendFormatted<T>(T value, string? format) => AppendFormatted(value, 0, format);

    public readonly void AppendFormatted<T>(T value, int alignment) => AppendFormatted(value, alignment, null);

    public readonly void AppendFormatted<T>(T value, int alignment, string? format)
    {
        var text = value is IFormattable formattable ? formattable.ToString(format, null) : value?.ToString();
        text ??= string.Empty;
        if (alignment > 0)
        {
            _builder!.Append(' ', Math.Max(0, alignment - text.Length)).Append(text);
        }
        else
        {
            _builder!.Append(text).Append(' ', Math.Max(0, -alignment - text.Length));
        }
    }

    public readonly void AppendFormatted(string? value) => _builder!.Append(value);

    public string ToStringAndClear()
    {
        var text = _builder!.ToString();
        _builder = null;
        return text;
    }

    public override readonly string ToString() => _builder!.ToString();
}
