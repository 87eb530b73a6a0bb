using System;
using System.Text.Json;
using Webex.Calling.Conference.Serialization;

namespace Webex.Calling.Conference;

/// <summary>
/// A JSON value kept as the text it came in: the value of a field this version of the client does not
/// know, in a model's <c>AdditionalProperties</c>. Newtonsoft.Json and System.Text.Json both write it
/// back as it is; parse <see cref="Json"/> with either to look inside.
/// </summary>
[Newtonsoft.Json.JsonConverter(typeof(RawJsonNewtonsoftConverter))]
[System.Text.Json.Serialization.JsonConverter(typeof(RawJsonConverter))]
public sealed class RawJson : IEquatable<RawJson>
{
    /// <summary>A value from its JSON text.</summary>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not one JSON value.</exception>
    public RawJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var _ = JsonDocument.Parse(json);
        }
        catch (JsonException invalid)
        {
            throw new ArgumentException($"Not one JSON value: {invalid.Message}", nameof(json), invalid);
        }

        Json = json;
    }

    // Text a serializer has just produced from a parsed value: valid by construction.
    private RawJson(string json, bool _) => Json = json;

    /// <summary>The JSON text, as received.</summary>
    public string Json { get; }

    internal static RawJson FromValidJson(string json) => new(json, false);

    /// <summary>The JSON text, as received.</summary>
    public override string ToString() => Json;

    /// <inheritdoc />
    public bool Equals(RawJson? other) => other is not null && string.Equals(Json, other.Json, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RawJson);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Json);
}
