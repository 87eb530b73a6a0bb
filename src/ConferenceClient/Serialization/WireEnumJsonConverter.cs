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
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return T.FromWire(reader.GetString()!, isJson: false);
        }

        using var document = JsonDocument.ParseValue(ref reader);
        return T.FromWire(document.RootElement.GetRawText(), isJson: true);
    }

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
