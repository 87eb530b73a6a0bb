namespace Webex.Calling.Conference.Cli.Conformance;

/// <summary>
/// One way an answer differs from the spec. <see cref="Subject"/> names a field path, a status or an
/// enum value, never another value of the answer: a report may be pasted into an issue.
/// </summary>
/// <param name="Operation">The spec's operationId, e.g. <c>GetConferenceDetailsForMe</c>.</param>
/// <param name="Kind">What differs, as JSON names it: <c>unknownField</c>, <c>unknownEnumValue</c>, <c>missingField</c>, <c>wrongType</c>, <c>undocumentedStatus</c>, <c>notJson</c> or <c>noTrackingId</c>.</param>
/// <param name="Subject">Where, e.g. <c>participants[].role</c>, <c>ConferenceState.lobby at state</c>, <c>202</c>.</param>
internal sealed record Finding(string Operation, string Kind, string Subject)
{
    public const string UnknownField = "unknownField";
    public const string UnknownEnumValue = "unknownEnumValue";
    public const string MissingField = "missingField";
    public const string WrongType = "wrongType";
    public const string UndocumentedStatus = "undocumentedStatus";
    public const string NotJson = "notJson";
    public const string NoTrackingId = "noTrackingId";

    /// <summary>What differs, for people: <c>unknown field participants[].role</c>.</summary>
    public string Words => Kind switch
    {
        UnknownField => $"unknown field {Subject}",
        UnknownEnumValue => $"unknown enum value {Subject}",
        MissingField => $"missing field {Subject}",
        WrongType => $"wrong type at {Subject}",
        UndocumentedStatus => $"undocumented status {Subject}",
        NotJson => $"the {Subject} is not JSON",
        _ => "no TrackingID header",
    };
}
