using System;
using Newtonsoft.Json.Serialization;

namespace Webex.Calling.Conference.Serialization;

/// <summary>
/// Sets an enum property: a known value as is; an <see cref="UnknownEnumValue"/> as the enum's
/// <c>Unknown</c> member, with the raw value kept in the model's AdditionalProperties under the same
/// JSON name, from where serialization writes it back unchanged.
/// </summary>
internal sealed class UnknownEnumValueProvider(IValueProvider inner, ExtensionDataSetter keepRawValue, string jsonName) : IValueProvider
{
    public void SetValue(object target, object? value)
    {
        if (value is UnknownEnumValue unknown)
        {
            inner.SetValue(target, unknown.Unknown);
            keepRawValue(target, jsonName, unknown.Raw);
            return;
        }

        inner.SetValue(target, value);
    }

    public object? GetValue(object target) => inner.GetValue(target);
}
