using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Webex.Calling.Conference.Serialization;

/// <summary>
/// Reads a string enum by its wire value; a value the spec does not list becomes an
/// <see cref="UnknownEnumValue"/> that <see cref="UnknownEnumValueProvider"/> turns into the enum's
/// <c>Unknown</c> member plus the raw value in AdditionalProperties.
/// </summary>
internal sealed class ForwardCompatibleEnumConverter : JsonConverter
{
    public const string UnknownName = "Unknown";

    private readonly Type _enumType;
    private readonly IReadOnlyDictionary<object, string> _wireValueOf;
    private readonly Dictionary<string, object> _byWireValue = new(StringComparer.Ordinal);

    public ForwardCompatibleEnumConverter(Type enumType)
    {
        _enumType = enumType;
        _wireValueOf = EnumWireValues.Of(enumType);
        foreach (var (value, wireValue) in _wireValueOf)
        {
            _byWireValue[wireValue] = value;
        }

        Unknown = Enum.Parse(enumType, UnknownName);
    }

    /// <summary>The enum's <c>Unknown</c> member.</summary>
    public object Unknown { get; }

    public override bool CanConvert(Type objectType) => (Nullable.GetUnderlyingType(objectType) ?? objectType) == _enumType;

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonToken.String && _byWireValue.TryGetValue((string)reader.Value!, out var known))
        {
            return known;
        }

        // Anything else (a new string, a number, even an object) is kept exactly as sent.
        return new UnknownEnumValue(JToken.ReadFrom(reader), Unknown);
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is not null && _wireValueOf.TryGetValue(value, out var wireValue))
        {
            writer.WriteValue(wireValue);
        }
        else
        {
            writer.WriteNull();
        }
    }
}
