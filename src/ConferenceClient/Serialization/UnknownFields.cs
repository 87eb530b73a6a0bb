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
/// serializers write back as it came. Other values are kept as given.
/// </summary>
internal sealed class UnknownFields : IDictionary<string, object>
{
    private readonly Dictionary<string, object> _fields = new(StringComparer.Ordinal);

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
        get => _fields[key];
        set => _fields[key] = Kept(value);
    }

    public ICollection<string> Keys => _fields.Keys;

    public ICollection<object> Values => _fields.Values;

    public int Count => _fields.Count;

    public bool IsReadOnly => false;

    public void Add(string key, object value) => _fields.Add(key, Kept(value));

    public void Add(KeyValuePair<string, object> item) => Add(item.Key, item.Value);

    public bool ContainsKey(string key) => _fields.ContainsKey(key);

    public bool Contains(KeyValuePair<string, object> item) => ((ICollection<KeyValuePair<string, object>>)_fields).Contains(item);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value) => _fields.TryGetValue(key, out value);

    public bool Remove(string key) => _fields.Remove(key);

    public bool Remove(KeyValuePair<string, object> item) => ((ICollection<KeyValuePair<string, object>>)_fields).Remove(item);

    public void Clear() => _fields.Clear();

    public void CopyTo(KeyValuePair<string, object>[] array, int arrayIndex) => ((ICollection<KeyValuePair<string, object>>)_fields).CopyTo(array, arrayIndex);

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _fields.GetEnumerator();

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
