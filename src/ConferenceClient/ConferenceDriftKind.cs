namespace Webex.Calling.Conference;

/// <summary>How an answer from Webex differed from the spec this client was built from.</summary>
public enum ConferenceDriftKind
{
    /// <summary>A field the spec does not describe, at any depth (kept in the model's <c>AdditionalProperties</c>). Tag value <c>unknown_field</c>.</summary>
    UnknownField,

    /// <summary>An enum value the spec does not list (kept; its <c>IsDocumented</c> is false). Tag value <c>unknown_enum_value</c>.</summary>
    UnknownEnumValue,

    /// <summary>A status, success or error, that the operation does not list. Tag value <c>undocumented_status</c>.</summary>
    UndocumentedStatus,

    /// <summary>A field the spec requires that the answer left out. Tag value <c>missing_field</c>.</summary>
    MissingField,
}
