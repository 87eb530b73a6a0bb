namespace Webex.Calling.Conference.Serialization;

/// <summary>
/// What the converters need of a generated extensible enum (Enum.liquid): its value as sent, and a way
/// to make one from it. Implemented explicitly, so it stays out of the enums' public surface.
/// </summary>
internal interface IWireEnum<TSelf>
    where TSelf : struct, IWireEnum<TSelf>
{
    /// <summary>The value as sent, or the JSON text of a value that was not a string; null for default.</summary>
    string? Text { get; }

    /// <summary>Whether <see cref="Text"/> is JSON text (a number, an object, …) rather than a string value.</summary>
    bool IsJson { get; }

    /// <summary>Every value the spec lists.</summary>
    static abstract System.Collections.Generic.IReadOnlyList<TSelf> DocumentedValues { get; }

    static abstract TSelf FromWire(string text, bool isJson);
}
