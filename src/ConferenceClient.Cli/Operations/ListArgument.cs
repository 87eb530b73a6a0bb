using System.CommandLine;

namespace Webex.Calling.Conference.Cli.Operations;

/// <summary>
/// A required list parameter as a variadic argument that knows the fewest values the spec takes
/// (<c>minItems</c>). The parser asks for one; fewer than <see cref="Fewest"/> is the guard's usage error,
/// in the tool's words (the parser's own would say the argument is missing), and the usage line shows
/// as many as needed (<c>&lt;callId&gt; &lt;callId&gt;...</c>).
/// </summary>
internal sealed class ListArgument(string name, int fewest) : Argument<string[]>(name)
{
    public int Fewest { get; } = fewest;
}
