using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Webex.Calling.Conference.Serialization;

/// <summary>
/// Gives every enum property of the generated models the unknown-value fallback. The generated
/// <c>[JsonConverter(typeof(StringEnumConverter))]</c> on each property would beat a converter in the
/// settings, so the property's converter is replaced here, once per type (contracts are cached).
/// </summary>
internal sealed class ForwardCompatibleContractResolver : DefaultContractResolver
{
    public static readonly ForwardCompatibleContractResolver Instance = new();

    protected override JsonObjectContract CreateObjectContract(Type objectType)
    {
        var contract = base.CreateObjectContract(objectType);
        foreach (var property in contract.Properties)
        {
            var enumType = property.PropertyType is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (enumType is not { IsEnum: true } || !Enum.IsDefined(enumType, ForwardCompatibleEnumConverter.UnknownName))
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
