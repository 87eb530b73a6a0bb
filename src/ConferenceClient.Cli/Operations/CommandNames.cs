using System.Collections.Generic;
using System.Text;

namespace Webex.Calling.Conference.Cli.Operations;

/// <summary>
/// What a command is called: the kebab case of its operation's public name, and the short names the
/// tool has always had. The aliases are the tool's vocabulary, not the API's: a new operation has none.
/// </summary>
internal static class CommandNames
{
    private static readonly Dictionary<string, string[]> Aliases = new()
    {
        ["get-conference-details"] = ["show"],
        ["start-conference"] = ["start"],
        ["release-conference"] = ["release"],
        ["add-participant"] = ["add"],
        ["deafen-participant"] = ["deafen"],
        ["undeafen-participant"] = ["undeafen"],
        ["silent-monitor"] = ["monitor"],
        ["supervisor-coach"] = ["coach"],
    };

    /// <summary><c>GetConferenceDetails</c> → <c>get-conference-details</c>, <c>callId</c> → <c>call-id</c>.</summary>
    public static string Kebab(string name)
    {
        var kebab = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(name[i]));
        }

        return kebab.ToString();
    }

    public static IReadOnlyList<string> AliasesOf(string command) => Aliases.TryGetValue(command, out var aliases) ? aliases : [];
}
