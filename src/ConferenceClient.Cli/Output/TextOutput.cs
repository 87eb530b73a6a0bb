using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Webex.Calling.Conference.Cli.Demo;

namespace Webex.Calling.Conference.Cli.Output;

/// <summary>Output for people: the conference as a table, one line per change, errors with their tracking ID.</summary>
internal sealed class TextOutput(TextWriter stdout, TextWriter stderr, bool verbose) : ConsoleOutput(stdout, stderr, verbose)
{
    private const string StepIndent = "   ";

    public override void Conference(ConferenceDetails details) => WriteConference(details, indent: string.Empty);

    public override void Completed(Completion completion) => Stdout.WriteLine(completion.Message);

    public override void DemoStep(DemoStep step)
    {
        Stdout.WriteLine($"{step.Number}. {step.Title}");
        if (step.Retry is { } retry)
        {
            Stdout.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{StepIndent}{retry.RateLimitedStatus} -> waited {retry.Waited.TotalSeconds:0.0} s -> {retry.RetriedStatus}"));
        }

        WriteConference(step.Conference, StepIndent);
        Stdout.WriteLine();
    }

    public override void Seeded(SeededCalls seeded) => Stderr.WriteLine(seeded.Message);

    protected override void WriteServing(ServedSimulator served) =>
        Stdout.WriteLine($"simulator: {served.BaseAddress}  token: {served.Token}  control: {served.ControlAddress}");

    public override void Trace(RequestTrace trace)
    {
        switch (trace.Event)
        {
            case RequestTrace.Sent:
                Stderr.WriteLine($"--> {trace.Method} {trace.Path}");
                foreach (var (name, value) in trace.Headers)
                {
                    Stderr.WriteLine($"    {name}: {value}");
                }

                break;
            case RequestTrace.Answered:
                Stderr.WriteLine($"<-- {trace.Status} {trace.Reason} {trace.Method} {trace.Path} in {trace.ElapsedMs} ms, tracking ID {trace.TrackingId ?? "none"}");
                break;
            default:
                Stderr.WriteLine($"<-- failed {trace.Method} {trace.Path} after {trace.ElapsedMs} ms: {trace.Error}");
                break;
        }
    }

    public override void Failure(FailureReport report)
    {
        Stderr.WriteLine($"{(report.Kind == "cancelled" ? "cancelled" : "error")}: {report.Message}");
        if (report.ApiError is { } apiError)
        {
            if (apiError.RetryAfter is { } retryAfter)
            {
                Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"retry after: {retryAfter.TotalSeconds:0} s"));
            }

            Stderr.WriteLine($"tracking ID: {apiError.TrackingId ?? "none"}");
        }

        if (Verbose)
        {
            foreach (var cause in report.Causes)
            {
                Stderr.WriteLine($"  caused by {cause}");
            }
        }

        if (report.Help is { } help)
        {
            WriteHelp(help);
        }
    }

    public override void UsageErrors(IReadOnlyList<string> messages, string help)
    {
        foreach (var message in messages)
        {
            Stderr.WriteLine($"error: {message}");
        }

        WriteHelp(help);
    }

    private void WriteHelp(string help) => Stderr.WriteLine($"Run '{help}' for usage.");

    private void WriteConference(ConferenceDetails details, string indent)
    {
        if (!details.HasConference)
        {
            Stdout.WriteLine($"{indent}no conference");
            return;
        }

        // The values as sent, known or not: a newer Webex's state still shows.
        var type = details.Type is { } conferenceType ? $", type: {conferenceType}" : string.Empty;
        Stdout.WriteLine($"{indent}state: {details.State}{type}, host muted: {YesNo(details.Muted)}");

        var participants = details.Participants ?? [];
        if (participants.Count == 0)
        {
            Stdout.WriteLine($"{indent}no participants");
            return;
        }

        const string CallIdHeading = "CALL ID";
        var width = participants.Select(p => p.CallId?.Length ?? 1).Append(CallIdHeading.Length).Max() + 2;
        Stdout.WriteLine($"{indent}{CallIdHeading.PadRight(width)}MUTED  DEAFENED");
        foreach (var participant in participants)
        {
            Stdout.WriteLine($"{indent}{(participant.CallId ?? "-").PadRight(width)}{YesNo(participant.Muted),-7}{YesNo(participant.Deafened)}");
        }
    }

    private static string YesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => "-",
    };
}
