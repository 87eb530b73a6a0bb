using Newtonsoft.Json;
using Webex.Calling.Conference.Serialization;

namespace Webex.Calling.Conference;

public partial class ConferenceControlsClient
{
    /// <summary>The settings every request and response of this client is (de)serialized with.</summary>
    internal static JsonSerializerSettings SerializerSettings => _settings.Value;

    static partial void UpdateJsonSerializerSettings(JsonSerializerSettings settings)
    {
        settings.ContractResolver = ModelContractResolver.Instance;
        // Unknown fields land in AdditionalProperties as read: dates stay strings and 1.10 stays 1.10,
        // so writing a model back gives the server's text, not a reformatted copy.
        settings.DateParseHandling = DateParseHandling.None;
        settings.FloatParseHandling = FloatParseHandling.Decimal;
        // $id, $ref and $type are fields like any other: a server's body is data, never instructions to
        // resolve references or create types.
        settings.MetadataPropertyHandling = MetadataPropertyHandling.Ignore;
        settings.TypeNameHandling = TypeNameHandling.None;
        // One JSON document: anything after it makes the body malformed.
        settings.CheckAdditionalContent = true;
    }
}
