using System;
using System.Globalization;
using System.Xml;
using Newtonsoft.Json;

namespace Webex.Calling.Conference.Serialization;

/// <summary>
/// Reads the models' dates with a culture-free ISO 8601 parser. The client reads with
/// <c>DateParseHandling.None</c>, so unknown fields keep their text; Newtonsoft.Json then parses a typed
/// date from that text with an exact-format parse that compares through the culture (ICU), which costs
/// more than the rest of a small answer's deserialization, and more still under concurrency. Writing is
/// left to Newtonsoft.Json.
/// </summary>
internal sealed class IsoDateTimeOffsetConverter : JsonConverter
{
    public static readonly IsoDateTimeOffsetConverter Instance = new();

    public override bool CanWrite => false;

    public override bool CanConvert(Type objectType) => objectType == typeof(DateTimeOffset) || objectType == typeof(DateTimeOffset?);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var nullable = objectType == typeof(DateTimeOffset?);
        switch (reader.TokenType)
        {
            case JsonToken.Null when nullable:
            case JsonToken.String when nullable && reader.Value is "":
                return null;
            case JsonToken.Date:
                return reader.Value is DateTime dateTime ? new DateTimeOffset(dateTime) : reader.Value;
            case JsonToken.String when reader.Value is string text:
                return Parse(text, reader.Path);
            default:
                throw new JsonSerializationException($"Unexpected {reader.TokenType} for a date at '{reader.Path}'.");
        }
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        throw new NotSupportedException("CanWrite is false: Newtonsoft.Json writes dates itself.");

    // XSD dateTime is ISO 8601 as Webex writes it; anything else Newtonsoft.Json would have accepted
    // still parses, on the slow path.
    private static DateTimeOffset Parse(string text, string path)
    {
        try
        {
            return XmlConvert.ToDateTimeOffset(text);
        }
        catch (FormatException)
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
                ? parsed
                : throw new JsonSerializationException($"Could not read '{text}' as a date at '{path}'.");
        }
    }
}
