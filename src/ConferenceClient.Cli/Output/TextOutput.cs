using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using Webex.Calling.Conference.Cli.Conformance;
using Webex.Calling.Conference.Cli.Demo;

namespace Webex.Calling.Conference.Cli.Output;

/// <summary>Output for people: the conference as a table, one line per change, errors with their tracking ID.</summary>
internal sealed class TextOutput(TextWriter stdout, TextWriter stderr, bool verbose) : ConsoleOutput(stdout, stderr, verbose)
{
    private const string StepIndent = "   ";

    private static readonly string[] KnownHeadings = ["CALL ID", "MUTED", "DEAFENED"];

    public override void Conference(ConferenceDetails details, SentAnswer sent) => WriteConference(details, sent.Fields, indent: string.Empty);

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

        WriteConference(step.Conference, step.Sent.Fields, StepIndent);
        Stdout.WriteLine();
    }

    // Field names and enum values come from the network: printed safe for a terminal.
    public override void Conformance(ConformanceReport report)
    {
        foreach (var finding in report.Findings)
        {
            Stdout.WriteLine($"{finding.Operation}: {TerminalText.Printable(finding.Words)}");
        }

        var answers = $"{report.Operations.Count} answers ({string.Join(", ", report.Operations)})";
        Stdout.WriteLine(report.Conforms
            ? $"{answers} conform to the spec."
            : $"{answers}: {report.Findings.Count} {(report.Findings.Count == 1 ? "difference" : "differences")} from the spec.");
    }

    // The message may quote the API (an error's message).
    public override void Notice(string message) => Stderr.WriteLine(TerminalText.Printable(message));

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
                Stderr.WriteLine($"<-- {trace.Status} {TerminalText.Printable(trace.Reason ?? string.Empty)} {trace.Method} {trace.Path} in {trace.ElapsedMs} ms, tracking ID {TerminalText.Printable(trace.TrackingId ?? "none")}");
                break;
            default:
                Stderr.WriteLine($"<-- failed {trace.Method} {trace.Path} after {trace.ElapsedMs} ms: {TerminalText.Printable(trace.Error ?? string.Empty)}");
                break;
        }
    }

    public override void Failure(FailureReport report)
    {
        // The message may quote the API (its message, a cause), as may the tracking ID: never raw to the terminal.
        Stderr.WriteLine($"{(report.Kind == "cancelled" ? "cancelled" : "error")}: {TerminalText.Printable(report.Message)}");
        if (report.ApiError is { } apiError)
        {
            if (apiError.RetryAfter is { } retryAfter)
            {
                Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"retry after: {retryAfter.TotalSeconds:0} s"));
            }

            Stderr.WriteLine($"tracking ID: {TerminalText.Printable(apiError.TrackingId ?? "none")}");
        }

        if (Verbose)
        {
            foreach (var cause in report.Causes)
            {
                Stderr.WriteLine($"  caused by {TerminalText.Printable(cause)}");
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

    private void WriteConference(ConferenceDetails details, JObject sent, string indent)
    {
        if (!details.HasConference)
        {
            Stdout.WriteLine($"{indent}no conference");
            return;
        }

        // The values as sent, known or not: a newer Webex's state still shows.
        var type = details.Type is { } conferenceType ? $", type: {TerminalText.Printable(conferenceType.ToString())}" : string.Empty;
        Stdout.WriteLine($"{indent}state: {TerminalText.Printable(details.State?.ToString() ?? string.Empty)}{type}, host muted: {YesNo(details.Muted)}");

        // Every other field, as sent (the appearance, when it began, and any field the table has no column for).
        if (SentFields.Except(sent, "state", "type", "muted", "participants") is { Count: > 0 } others)
        {
            Stdout.WriteLine(indent + TerminalText.Printable(string.Join(", ", others.Select(f => $"{f.Name}: {f.Text}"))));
        }

        var participants = details.Participants ?? [];
        if (participants.Count == 0)
        {
            Stdout.WriteLine($"{indent}no participants");
            return;
        }

        WriteParticipants(participants, sent["participants"] as JArray, indent);
    }

    // One row per participant: call ID, muted, deafened, then a column for each other field any of them has.
    private void WriteParticipants(IList<ConferenceParticipant> participants, JArray? sent, string indent)
    {
        var others = participants.Select((_, i) => sent?[i] is JObject fields ? SentFields.Except(fields, "callId", "muted", "deafened") : []).ToList();
        var extraNames = others.SelectMany(fields => fields.Select(f => f.Name)).Distinct(StringComparer.Ordinal).ToList();

        var rows = participants.Select((p, i) => new[] { p.CallId ?? "-", YesNo(p.Muted), YesNo(p.Deafened) }
            .Concat(extraNames.Select(name => others[i].FirstOrDefault(f => f.Name == name).Text ?? "-")).Select(TerminalText.Printable).ToArray()).ToList();
        var headings = KnownHeadings.Concat(extraNames.Select(n => TerminalText.Printable(n.ToUpperInvariant()))).ToArray();
        var widths = headings.Select((heading, column) => rows.Select(r => r[column].Length).Append(heading.Length).Max() + 2).ToArray();

        Stdout.WriteLine(indent + Row(headings, widths));
        foreach (var row in rows)
        {
            Stdout.WriteLine(indent + Row(row, widths));
        }
    }

    // Columns padded to their width, the last one not, so no line ends in spaces.
    private static string Row(string[] cells, int[] widths) =>
        string.Concat(cells.Select((cell, column) => column == cells.Length - 1 ? cell : cell.PadRight(widths[column])));

    private static string YesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => "-",
    };
}
