using System.CommandLine;

namespace Webex.Calling.Conference.Cli;

/// <summary>A command that talks to the API, and what it takes besides its arguments.</summary>
/// <param name="name">The command's name.</param>
/// <param name="description">What it does, for the help.</param>
internal sealed class ApiCommand(string name, string description) : Command(name, description)
{
    /// <summary>False where the API takes no line owner: mute, unmute, deafen, undeafen and the supervisor modes.</summary>
    public bool TakesLineOwner { get; init; } = true;

    /// <summary>True for the supervisor modes, which the API has only under members/.</summary>
    public bool NeedsMemberOrMe { get; init; }
}
