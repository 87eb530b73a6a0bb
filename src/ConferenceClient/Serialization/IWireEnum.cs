namespace Webex.Calling.Conference.Serialization;

/// <summary>
/// What the converters need of a generated extensible enum (Enum.liquid): its value as sent, and a way
/// to make one from it. Implemented explicitly, so it stays out of the enums' public surface. The
/// converters ask <c>default(TSelf)</c> for the values and the maker: static abstract members would need
/// a runtime that .NET Framework is not, and a constrained call on a struct costs the same.
/// </summary>
internal interface IWireEnum<TSelf>
    where TSelf : struct, IWireEnum<TSelf>
{
    /// <summary>The value as sent, or the JSON text of a value that was not a string; null for default.</summary>
    string? Text { get; }

    /// <summary>Whether <see cref="Text"/> is JSON text (a number, an object, …) rather than a string value.</summary>
    bool IsJson { get; }

    /// <summary>Whether this is a value the spec lists (the enum's public property of that name).</summary>
    bool IsDocumented { get; }

    /// <summary>Every value the spec lists.</summary>
    System.Collections.Generic.IReadOnlyList<TSelf> DocumentedValues { get; }

    /// <summary>A value as read: <paramref name="text"/> is JSON text when <paramref name="isJson"/>.</summary>
    TSelf FromWire(string text, bool isJson);
}
