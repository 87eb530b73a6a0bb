using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Webex.Calling.Conference.Serialization;

/// <summary>
/// Gives the generated models' properties the client's converters, once per type (contracts are
/// cached): the unknown-value fallback to every enum, and the culture-free reader to every date. The
/// generated <c>[JsonConverter(typeof(StringEnumConverter))]</c> on each enum property would beat a
/// converter in the settings, so the property's converter is replaced here.
/// </summary>
internal sealed class ModelContractResolver : DefaultContractResolver
{
    public static readonly ModelContractResolver Instance = new();

    protected override JsonObjectContract CreateObjectContract(Type objectType)
    {
        var contract = base.CreateObjectContract(objectType);
        foreach (var property in contract.Properties)
        {
            if (property.PropertyType is not { } type)
            {
                continue;
            }

            if (property.Converter is null && IsoDateTimeOffsetConverter.Instance.CanConvert(type))
            {
                property.Converter = IsoDateTimeOffsetConverter.Instance;
                continue;
            }

            var enumType = Nullable.GetUnderlyingType(type) ?? type;
            if (!enumType.IsEnum || !Enum.IsDefined(enumType, ForwardCompatibleEnumConverter.UnknownName))
            {
                continue;
            }

            property.Converter = new ForwardCompatibleEnumConverter(enumType);
            if (contract.ExtensionDataSetter is { } keepRawValue && property.ValueProvider is { } valueProvider)
            {
                property.ValueProvider = new UnknownEnumValueProvider(valueProvider, keepRawValue, property.PropertyName!);
            }
        }

        return contract;
    }
}
