using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Webex.Calling.Conference.Serialization;

/// <summary>
/// The models' AdditionalProperties: every value a serializer hands over (Newtonsoft.Json's JToken or
/// primitive, System.Text.Json's JsonElement or JsonNode) is kept as <see cref="RawJson"/>, which both
/// serializers write back as it came. Other values are kept as given. The dictionary behind it is made
/// with the first field: writing a model asks for its (mostly empty) AdditionalProperties every time.
/// A field set through the indexer, as Newtonsoft.Json sets extension data, marks the answer being read
/// as holding one the spec does not describe (<see cref="DriftMarks"/>).
/// </summary>
internal sealed class UnknownFields : IDictionary<string, object>
{
    private static readonly ICollection<string> NoKeys = Array.AsReadOnly(Array.Empty<string>());
    private static readonly ICollection<object> NoValues = Array.AsReadOnly(Array.Empty<object>());

    private Dictionary<string, object>? _fields;

    public UnknownFields()
    {
    }

    public UnknownFields(IEnumerable<KeyValuePair<string, object>>? fields)
    {
        foreach (var (key, value) in fields ?? [])
        {
            this[key] = value;
        }
    }

    public object this[string key]
    {
        get => (_fields ?? throw new KeyNotFoundException($"There is no field '{key}'."))[key];
        set
        {
            Fields[key] = Kept(value);
            DriftMarks.Mark();
        }
    }

    public ICollection<string> Keys => _fields?.Keys ?? NoKeys;

    public ICollection<object> Values => _fields?.Values ?? NoValues;

    public int Count => _fields?.Count ?? 0;

    public bool IsReadOnly => false;

    private Dictionary<string, object> Fields => _fields ??= new Dictionary<string, object>(StringComparer.Ordinal);

    public void Add(string key, object value) => Fields.Add(key, Kept(value));

    public void Add(KeyValuePair<string, object> item) => Add(item.Key, item.Value);

    public bool ContainsKey(string key) => _fields?.ContainsKey(key) ?? false;

    // Compared as stored: the value as it would be kept.
    public bool Contains(KeyValuePair<string, object> item) =>
        _fields is { } fields && ((ICollection<KeyValuePair<string, object>>)fields).Contains(new(item.Key, Kept(item.Value)));

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value)
    {
        value = null;
        return _fields?.TryGetValue(key, out value) ?? false;
    }

    public bool Remove(string key) => _fields?.Remove(key) ?? false;

    public bool Remove(KeyValuePair<string, object> item) =>
        _fields is { } fields && ((ICollection<KeyValuePair<string, object>>)fields).Remove(new(item.Key, Kept(item.Value)));

    public void Clear() => _fields?.Clear();

    public void CopyTo(KeyValuePair<string, object>[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ((ICollection<KeyValuePair<string, object>>?)_fields)?.CopyTo(array, arrayIndex);
    }

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() =>
        _fields is { Count: > 0 } fields ? fields.GetEnumerator() : ((IEnumerable<KeyValuePair<string, object>>)[]).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static object Kept(object? value) => value switch
    {
        RawJson raw => raw,
        null => RawJson.FromValidJson("null"),
        JToken token => RawJson.FromValidJson(token.ToString(Formatting.None)),
        JsonElement element => RawJson.FromValidJson(element.GetRawText()),
        JsonNode node => RawJson.FromValidJson(node.ToJsonString()),
        string or bool or long or int or decimal or double or BigInteger or DateTime or DateTimeOffset => RawJson.FromValidJson(new JValue(value).ToString(Formatting.None)),
        _ => value,
    };
}
