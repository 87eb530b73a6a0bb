using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Webex.Calling.Conference.Serialization;

/// <summary>
/// Newtonsoft.Json for an extensible enum, set on the type itself: a string is the value, anything else
/// (a number, an object) is kept as its JSON text, and both are written back as they came.
/// </summary>
internal sealed class WireEnumNewtonsoftConverter<T> : JsonConverter
    where T : struct, IWireEnum<T>
{
    // A documented value is handed out already boxed, as a plain enum's converter would: no allocation per value read.
    private static readonly Dictionary<string, object> Documented = default(T).DocumentedValues.ToDictionary(v => v.Text!, v => (object)v, StringComparer.Ordinal);

    public override bool CanConvert(Type objectType) => objectType == typeof(T) || objectType == typeof(T?);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) => reader.TokenType switch
    {
        JsonToken.Null => objectType == typeof(T) ? default(T) : null,
        JsonToken.String => Documented.TryGetValue((string)reader.Value!, out var documented) ? documented : Undocumented((string)reader.Value!, isJson: false),
        _ => Undocumented(JToken.ReadFrom(reader).ToString(Formatting.None), isJson: true),
    };

    // A value the spec does not list: kept, and the answer marked as holding one (DriftMarks).
    private static T Undocumented(string text, bool isJson)
    {
        DriftMarks.Mark();
        return default(T).FromWire(text, isJson);
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is not T { Text: { } text } wire)
        {
            writer.WriteNull();
        }
        else if (wire.IsJson)
        {
            writer.WriteRawValue(text);
        }
        else
        {
            writer.WriteValue(text);
        }
    }
}
