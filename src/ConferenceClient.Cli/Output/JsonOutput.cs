using System;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Webex.Calling.Conference.Cli.Demo;

namespace Webex.Calling.Conference.Cli.Output;

/// <summary>
/// <c>--json</c>: one JSON object per line. The conference is written as Webex sent it, unknown fields
/// and values included, so scripts see what a newer API adds; failures go to stderr as JSON too.
/// </summary>
internal sealed class JsonOutput(TextWriter stdout, TextWriter stderr) : ConsoleOutput(stdout, stderr)
{
    public override void Conference(ConferenceDetails details) => Stdout.WriteLine(JsonConvert.SerializeObject(details));

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
            ["conference"] = JObject.FromObject(step.Conference),
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

    public override void Failure(Exception error)
    {
        var report = new JObject
        {
            ["exitCode"] = ExitCodes.For(error),
            ["message"] = error.Message,
        };
        if (error is ConferenceApiException apiError)
        {
            report["status"] = apiError.StatusCode;
            report["webexMessage"] = apiError.WebexMessage;
            report["trackingId"] = apiError.TrackingId;
            report["retryAfterSeconds"] = apiError.RetryAfter?.TotalSeconds;
        }

        Write(Stderr, new JObject { ["error"] = report });
    }

    private static void Write(TextWriter writer, JObject line) => writer.WriteLine(line.ToString(Formatting.None));
}
