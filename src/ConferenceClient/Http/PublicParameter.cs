namespace Webex.Calling.Conference.Http;

/// <summary>The type of a public parameter, as the spec gives it.</summary>
internal enum ParameterKind
{
    String,
    StringList,
    Boolean,
    Integer,
}

/// <summary>Where a parameter goes in the request.</summary>
internal enum ParameterPlace
{
    Path,
    Query,
    Body,
}

/// <summary>A parameter of an operation's public method, from the spec.</summary>
/// <param name="Name">The spec's name, which is the C# parameter's (callId, callIds, lineOwnerId).</param>
/// <param name="Description">The spec's description.</param>
/// <param name="IsRequired">Whether the method needs it; an optional one is null when not given.</param>
/// <param name="Kind">Its type.</param>
/// <param name="In">Where it goes.</param>
/// <param name="OfScope">
/// Whether it belongs to the scope rather than to the operation: memberId and orgId, which the member
/// client holds, and lineOwnerId, which defaults to the client's line owner.
/// </param>
/// <param name="MinItems">The fewest values a list takes (the spec's <c>minItems</c>); 0 for any other kind.</param>
internal sealed record PublicParameter(string Name, string Description, bool IsRequired, ParameterKind Kind, ParameterPlace In, bool OfScope, int MinItems = 0);
