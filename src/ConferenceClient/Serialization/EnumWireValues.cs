using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Webex.Calling.Conference.Serialization;

/// <summary>The wire values of the generated enums (their <c>[EnumMember]</c> names), read once per enum.</summary>
internal static class EnumWireValues
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<object, string>> ByEnum = new();

    /// <summary>Every documented member of <paramref name="enumType"/> and its wire value.</summary>
    public static IReadOnlyDictionary<object, string> Of(Type enumType) =>
        ByEnum.GetOrAdd(enumType, static type =>
        {
            var values = new Dictionary<object, string>();
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (field.GetCustomAttribute<EnumMemberAttribute>()?.Value is { } wireValue)
                {
                    values[field.GetValue(null)!] = wireValue;
                }
            }

            return values;
        });

    /// <summary>
    /// The value of an enum property as sent: its wire value when documented, the raw value kept in
    /// <paramref name="additionalProperties"/> when Unknown, null when absent.
    /// </summary>
    public static string? Of<TEnum>(TEnum? value, IDictionary<string, object>? additionalProperties, string jsonName)
        where TEnum : struct, Enum
    {
        if (value is not { } known)
        {
            return null;
        }

        if (Of(typeof(TEnum)).TryGetValue(known, out var wireValue))
        {
            return wireValue;
        }

        if (additionalProperties is null || !additionalProperties.TryGetValue(jsonName, out var raw))
        {
            return null;
        }

        // A raw string as it was; anything else (a number, an object) as compact JSON.
        return raw is JValue { Type: JTokenType.String } text ? (string?)text : (raw as JToken)?.ToString(Formatting.None) ?? raw?.ToString();
    }
}
