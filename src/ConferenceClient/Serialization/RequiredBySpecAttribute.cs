using System;

namespace Webex.Calling.Conference.Serialization;

/// <summary>
/// On a generated answer model's property that the spec requires (Class.liquid): the client's contract
/// resolver has it read a JSON null too, so the model can tell a null that came from a field left out.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
internal sealed class RequiredBySpecAttribute : Attribute
{
}
