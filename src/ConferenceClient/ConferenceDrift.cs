using System;

namespace Webex.Calling.Conference;

/// <summary>
/// One way an answer from Webex differed from the spec this client was built from: the client returned
/// the answer as received, and reports each distinct drift once (a Warning log with event
/// <c>ConferenceDrift</c> and the counter <c>webex.conference.drift</c>). It names places and values,
/// never IDs, tokens or field values.
/// </summary>
public sealed class ConferenceDrift : IEquatable<ConferenceDrift>
{
    internal ConferenceDrift(string operation, ConferenceDriftKind kind, string subject)
    {
        Operation = operation;
        Kind = kind;
        Subject = subject;
    }

    /// <summary>The operation that was answered, such as <c>GetConferenceDetails</c>.</summary>
    public string Operation { get; }

    /// <summary>How the answer differed.</summary>
    public ConferenceDriftKind Kind { get; }

    /// <summary>
    /// Where or what: a field's path such as <c>participants[].role</c>, an enum's schema and value such as
    /// <c>ConferenceState.lobby</c>, or a status such as <c>422</c>. A name or value that is not a plain
    /// word of letters, digits, <c>_</c>, <c>-</c> and <c>.</c>, is over 32 characters, or has a digit and
    /// 16 characters or more (an ID or a token, by its look) reads <c>(unreadable)</c>.
    /// </summary>
    public string Subject { get; }

    /// <summary>The kind as the metric's <c>webex.drift.kind</c> tag gives it: <c>unknown_field</c>, <c>unknown_enum_value</c>, <c>undocumented_status</c> or <c>missing_field</c>.</summary>
    public string KindName => Kind switch
    {
        ConferenceDriftKind.UnknownField => "unknown_field",
        ConferenceDriftKind.UnknownEnumValue => "unknown_enum_value",
        ConferenceDriftKind.UndocumentedStatus => "undocumented_status",
        ConferenceDriftKind.MissingField => "missing_field",
        _ => Kind.ToString(),
    };

    /// <inheritdoc />
    public bool Equals(ConferenceDrift? other) =>
        other is not null && Operation == other.Operation && Kind == other.Kind && Subject == other.Subject;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConferenceDrift);

    /// <inheritdoc />
    public override int GetHashCode() =>
        unchecked(((StringComparer.Ordinal.GetHashCode(Operation) * 31) + (int)Kind) * 31 + StringComparer.Ordinal.GetHashCode(Subject));

    /// <summary>The operation, the kind's tag value and the subject: <c>GetConferenceDetails unknown_field participants[].role</c>.</summary>
    public override string ToString() => $"{Operation} {KindName} {Subject}";
}
