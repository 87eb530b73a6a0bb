namespace Webex.Calling.Conference.Cli;

/// <summary>Reads the text of a setting; false when the text breaks the setting's rule, with a placeholder (never null) as the value.</summary>
internal delegate bool SettingParser<T>(string text, out T value);

/// <summary>
/// How the text of a setting becomes its value, and the rule a wrong text is told, in the same words
/// whether it came from an option or from the environment variable behind it.
/// </summary>
/// <param name="rule">What the value must be, to follow "must be".</param>
/// <param name="parse">Reads a text that follows the rule.</param>
internal sealed class SettingValue<T>(string rule, SettingParser<T> parse)
{
    /// <summary>What the value must be.</summary>
    public string Rule => rule;

    public bool TryParse(string text, out T value) => parse(text, out value);

    /// <summary>The usage error for <paramref name="text"/> given as <paramref name="name"/> (an option or a variable).</summary>
    public string Refusal(string name, string text) => $"{name} must be {Rule}, not '{text}'.";
}
