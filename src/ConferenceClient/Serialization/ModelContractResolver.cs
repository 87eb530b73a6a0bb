using System;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text.Json.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Webex.Calling.Conference.Serialization;

/// <summary>
/// The client's contracts: the models without their <see cref="WireTextModelConverter"/>. The client's
/// reader already keeps dates and decimals as text, and the converter's Populate per object (a hundred
/// participants, a hundred populates) would cost on every answer what it adds nothing to. A field the
/// spec requires (<see cref="RequiredBySpecAttribute"/>) is set even to null, so its model knows it
/// came; the model is asked after it is read whether one was left out, and marks the answer
/// (<see cref="DriftMarks"/>) if so: a delegate call, where an [OnDeserialized] method would be a
/// reflection call per object. For the same reason a model with lists, which drops their null items
/// after it is read ([OnDeserialized] for any other Newtonsoft reader, <see cref="IJsonOnDeserialized"/>
/// for System.Text.Json), is called through the interface here.
/// </summary>
internal sealed class ModelContractResolver : DefaultContractResolver
{
    public static readonly ModelContractResolver Instance = new();

    protected override JsonObjectContract CreateObjectContract(Type objectType)
    {
        var contract = base.CreateObjectContract(objectType);
        if (contract.Converter is WireTextModelConverter)
        {
            contract.Converter = null;
        }

        if (typeof(IJsonOnDeserialized).IsAssignableFrom(objectType))
        {
            // The model's one callback is that [OnDeserialized] method, which Newtonsoft would invoke by reflection.
            contract.OnDeserializedCallbacks.Clear();
            contract.OnDeserializedCallbacks.Add(DropNullItems);
        }

        if (typeof(IRequiredFields).IsAssignableFrom(objectType))
        {
            contract.OnDeserializedCallbacks.Add(MarkWhenLacking);
        }

        return contract;
    }

    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);
        if (member.IsDefined(typeof(RequiredBySpecAttribute), inherit: false))
        {
            property.NullValueHandling = NullValueHandling.Include;
        }

        return property;
    }

    private static void DropNullItems(object model, StreamingContext context) => ((IJsonOnDeserialized)model).OnDeserialized();

    private static void MarkWhenLacking(object model, StreamingContext context)
    {
        if (((IRequiredFields)model).LacksRequiredField)
        {
            DriftMarks.Mark();
        }
    }
}
