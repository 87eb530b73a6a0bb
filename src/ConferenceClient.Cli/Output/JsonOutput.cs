using System.Collections.Generic;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Webex.Calling.Conference.Cli.Conformance;
using Webex.Calling.Conference.Cli.Demo;

namespace Webex.Calling.Conference.Cli.Output;

/// <summary>
/// <c>--json</c>: JSON Lines, one object per line, on both streams. Results go to stdout, the conference
/// as the API sent it, unknown fields and values included, so scripts see what a newer API adds.
/// Notices (<c>{"notice":…}</c>), traces (<c>{"trace":…}</c>) and failures (<c>{"error":…}</c>) go to stderr.
/// </summary>
internal sealed class JsonOutput(TextWriter stdout, TextWriter stderr, bool verbose) : ConsoleOutput(stdout, stderr, verbose)
{
    public override void Conference(ConferenceDetails details, SentAnswer sent) => Stdout.WriteLine(sent.Json);

    public override void Completed(Completion completion) => Write(Stdout, new JObject
    {
        ["command"] = completion.Command,
        ["callIds"] = new JArray(completion.CallIds),
        ["message"] = completion.Message,
    });

    public override void DemoStep(DemoStep step)
    {
        var line = new JObject
        {
            ["step"] = step.Number,
            ["title"] = step.Title,
            ["conference"] = new JRaw(step.Sent.Json),
        };
        if (step.Retry is { } retry)
        {
            line["retry"] = new JObject
            {
                ["rateLimitedStatus"] = retry.RateLimitedStatus,
                ["waitedMs"] = (long)retry.Waited.TotalMilliseconds,
                ["retriedStatus"] = retry.RetriedStatus,
            };
        }

        Write(Stdout, line);
    }

    public override void Conformance(ConformanceReport report)
    {
        foreach (var finding in report.Findings)
        {
            Write(Stdout, new JObject { ["operation"] = finding.Operation, ["kind"] = finding.Kind, ["subject"] = finding.Subject });
        }

        Write(Stdout, new JObject
        {
            ["summary"] = new JObject
            {
                ["operations"] = new JArray(report.Operations),
                ["findings"] = report.Findings.Count,
                ["conforms"] = report.Conforms,
            },
        });
    }

    public override void Notice(string message) => Write(Stderr, new JObject { ["notice"] = new JObject { ["message"] = message } });

    public override void Seeded(SeededCalls seeded) => Write(Stderr, new JObject
    {
        ["notice"] = new JObject
        {
            ["message"] = seeded.Message,
            ["calls"] = new JArray(seeded.Calls),
            ["conference"] = new JArray(seeded.Conference),
        },
    });

    protected override void WriteServing(ServedSimulator served) => Write(Stdout, new JObject
    {
        ["baseUrl"] = served.BaseAddress.ToString(),
        ["token"] = served.Token,
        ["control"] = served.ControlAddress.ToString(),
    });

    public override void Trace(RequestTrace trace)
    {
        var line = new JObject
        {
            ["event"] = trace.Event,
            ["method"] = trace.Method,
            ["path"] = trace.Path,
        };
        if (trace.Event == RequestTrace.Sent)
        {
            var headers = new JObject();
            foreach (var (name, value) in trace.Headers)
            {
                headers[name] = value;
            }

            line["headers"] = headers;
        }
        else
        {
            Put(line, "status", trace.Status);
            Put(line, "reason", trace.Reason);
            Put(line, "ms", trace.ElapsedMs);
            Put(line, "trackingId", trace.TrackingId);
            Put(line, "error", trace.Error);
        }

        Write(Stderr, new JObject { ["trace"] = line });
    }

    public override void Failure(FailureReport report)
    {
        var error = new JObject
        {
            ["exitCode"] = report.ExitCode,
            ["kind"] = report.Kind,
            ["message"] = report.Message,
        };
        if (report.Endpoint is { } endpoint)
        {
            error["server"] = endpoint.AnsweredBy;
        }

        if (report.ApiError is { } apiError)
        {
            error["status"] = apiError.StatusCode;
            Put(error, "webexMessage", apiError.WebexMessage);
            Put(error, "trackingId", apiError.TrackingId);
            Put(error, "retryAfterSeconds", apiError.RetryAfter?.TotalSeconds);
        }

        if (report.Kind is "api" or "timeout" or "unreachable")
        {
            error["attempts"] = report.Endpoint!.Attempts;
        }

        if (report.Kind is "timeout" or "unreachable")
        {
            error["timeoutSeconds"] = report.Endpoint!.AttemptTimeout.TotalSeconds;
        }

        Put(error, "cause", report.Cause);
        if (Verbose && report.Causes.Count > 0)
        {
            error["causes"] = new JArray(report.Causes);
        }

        Put(error, "help", report.Help);
        Write(Stderr, new JObject { ["error"] = error });
    }

    public override void UsageErrors(IReadOnlyList<string> messages, string help)
    {
        foreach (var message in messages)
        {
            Failure(FailureReport.Usage(message, help));
        }
    }

    // A field that does not apply is left out rather than written as null.
    private static void Put(JObject line, string name, JToken? value)
    {
        // A null string converts to a JValue of type String whose value is null.
        if (value is not null and not JValue { Value: null })
        {
            line[name] = value;
        }
    }

    private static void Write(TextWriter writer, JObject line) => writer.WriteLine(line.ToString(Formatting.None));
}
