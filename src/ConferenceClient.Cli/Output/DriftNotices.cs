namespace Webex.Calling.Conference.Cli.Output;

/// <summary>
/// What the library reported of a command's answers beyond the spec (its ObservedDrift), as a notice
/// each on stderr: the person at the terminal learns that Webex has moved on, and where to look.
/// </summary>
internal static class DriftNotices
{
    public static void Print(ConsoleOutput output, IConferenceControlsClient client)
    {
        foreach (var drift in client.ObservedDrift)
        {
            output.Notice($"{drift.Operation} answered with {drift.KindName} {drift.Subject}, which this tool's spec does not describe; `webex-conference conformance` checks every answer.");
        }
    }
}
