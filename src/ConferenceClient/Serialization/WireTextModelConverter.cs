using System;
using Newtonsoft.Json;

namespace Webex.Calling.Conference.Serialization;

/// <summary>
/// Set on every generated model, so that what Newtonsoft.Json reads of it does not depend on the
/// caller's settings: the model's content is read with dates and floating-point numbers as text
/// (<see cref="DateParseHandling.None"/>, <see cref="FloatParseHandling.Decimal"/>), which keeps
/// unknown fields as they came, and plain <c>JsonConvert</c> reads back exactly what it wrote. Writing
/// is Newtonsoft.Json's own. The client reads so already and drops this converter (<see cref="ModelContractResolver"/>).
/// </summary>
internal sealed class WireTextModelConverter : JsonConverter
{
    public override bool CanWrite => false;

    public override bool CanConvert(Type objectType) => true;

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        var model = existingValue ?? serializer.ContractResolver.ResolveContract(objectType).DefaultCreator!();
        var (dates, floats) = (reader.DateParseHandling, reader.FloatParseHandling);
        reader.DateParseHandling = DateParseHandling.None;
        reader.FloatParseHandling = FloatParseHandling.Decimal;
        try
        {
            // Populate fills the object without asking this converter again.
            serializer.Populate(reader, model);
        }
        finally
        {
            reader.DateParseHandling = dates;
            reader.FloatParseHandling = floats;
        }

        return model;
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        throw new NotSupportedException("CanWrite is false: Newtonsoft.Json writes the models itself.");
}
