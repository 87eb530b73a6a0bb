using System;
using Newtonsoft.Json.Serialization;

namespace Webex.Calling.Conference.Serialization;

/// <summary>
/// The client's contracts: the models without their <see cref="WireTextModelConverter"/>. The client's
/// reader already keeps dates and decimals as text, and the converter's Populate per object (a hundred
/// participants, a hundred populates) would cost on every answer what it adds nothing to.
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

        return contract;
    }
}
