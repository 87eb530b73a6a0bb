using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webex.Calling.Conference.Serialization;

/// <summary>
/// System.Text.Json for an extensible enum, set on the type itself: the wire string, never a number,
/// whatever the options; a value that was not a string is kept and written as its JSON text.
/// </summary>
internal sealed class WireEnumJsonConverter<T> : JsonConverter<T>
    where T : struct, IWireEnum<T>
{
    // Null is default, as it is written: in a list, a dictionary or a property that is not nullable.
    public override bool HandleNull => true;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            return default(T).FromWire(reader.GetString()!, isJson: false);
        }

        using var document = JsonDocument.ParseValue(ref reader);
        return default(T).FromWire(document.RootElement.GetRawText(), isJson: true);
    }

    // As a dictionary key, the wire string (a JSON text value is kept as that text).
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        default(T).FromWire(reader.GetString()!, isJson: false);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.Text ?? string.Empty);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (value.Text is not { } text)
        {
            writer.WriteNullValue();
        }
        else if (value.IsJson)
        {
            writer.WriteRawValue(text);
        }
        else
        {
            writer.WriteStringValue(text);
        }
    }
}
