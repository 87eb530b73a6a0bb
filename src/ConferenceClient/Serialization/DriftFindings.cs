using System.Collections.Generic;

namespace Webex.Calling.Conference.Serialization;

/// <summary>
/// What one answer holds beyond the spec, as the generated models report it (<see cref="IDriftSource"/>):
/// each distinct kind and subject once. A subject names a place or a value and nothing else: a field's
/// path (<c>participants[].role</c>) or an enum's schema and value (<c>ConferenceState.lobby</c>). Names
/// and values come from the network, so one that is long, not a plain word, or long enough with a digit
/// to be an ID or a token is not repeated (<see cref="Unreadable"/>), and an answer adds at most
/// <see cref="Limit"/> subjects.
/// </summary>
internal sealed class DriftFindings
{
    /// <summary>The most distinct findings one answer adds: a body is bounded, its field names need not be few.</summary>
    public const int Limit = 64;

    /// <summary>The longest name or value a subject repeats: enum values and field names are short words, IDs and tokens are not.</summary>
    public const int LongestName = 32;

    /// <summary>The length from which a name with a digit is taken for an ID or a token (a GUID, a Webex ID) and not repeated.</summary>
    public const int IdLength = 16;

    /// <summary>What a subject says in place of a name or value it does not repeat.</summary>
    public const string Unreadable = "(unreadable)";

    private readonly HashSet<(ConferenceDriftKind Kind, string Subject)> _found = [];
    private readonly List<(ConferenceDriftKind Kind, string Subject)> _inOrder = [];

    public IReadOnlyList<(ConferenceDriftKind Kind, string Subject)> Found => _inOrder;

    public void UnknownFields(string path, IDictionary<string, object>? fields)
    {
        if (fields is { Count: > 0 })
        {
            foreach (var name in fields.Keys)
            {
                Add(ConferenceDriftKind.UnknownField, path + Readable(name));
            }
        }
    }

    public void MissingField(string path, string name) => Add(ConferenceDriftKind.MissingField, path + name);

    public void EnumValue<T>(T? value)
        where T : struct, IWireEnum<T>
    {
        if (value is { } present)
        {
            EnumValue(present);
        }
    }

    public void EnumValue<T>(T value)
        where T : struct, IWireEnum<T>
    {
        // default (no Text) is a value never read, not one a server sent.
        if (value.Text is { } text && !value.IsDocumented)
        {
            Add(ConferenceDriftKind.UnknownEnumValue, typeof(T).Name + "." + (value.IsJson ? Unreadable : Readable(text)));
        }
    }

    public void EnumValues<T>(IEnumerable<T>? values)
        where T : struct, IWireEnum<T>
    {
        foreach (var value in values ?? [])
        {
            EnumValue(value);
        }
    }

    public void Model(string path, IDriftSource? model) => model?.CollectDrift(this, path);

    public void Models(string path, IEnumerable<IDriftSource?>? models)
    {
        foreach (var model in models ?? [])
        {
            model?.CollectDrift(this, path);
        }
    }

    // A plain word (letters, digits, _ - .) of at most LongestName characters, as field names and enum
    // values are; from IdLength characters on, one with a digit reads like an ID or a token. Anything
    // else may be an ID, a token or a terminal escape, and is not repeated.
    private static string Readable(string name)
    {
        if (name.Length is 0 or > LongestName)
        {
            return Unreadable;
        }

        foreach (var c in name)
        {
            var digit = c is >= '0' and <= '9';
            if ((digit && name.Length >= IdLength) || !(digit || c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' or '-' or '.'))
            {
                return Unreadable;
            }
        }

        return name;
    }

    private void Add(ConferenceDriftKind kind, string subject)
    {
        if (_inOrder.Count < Limit && _found.Add((kind, subject)))
        {
            _inOrder.Add((kind, subject));
        }
    }
}
