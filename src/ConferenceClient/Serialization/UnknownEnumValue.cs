using Newtonsoft.Json.Linq;

namespace Webex.Calling.Conference.Serialization;

/// <summary>A value read for an enum property that the enum does not list, on its way to the model.</summary>
internal sealed record UnknownEnumValue(JToken Raw, object Unknown);
