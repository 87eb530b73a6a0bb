using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Cli.Conformance;

/// <summary>
/// <c>conformance --calls A B</c>: plays a short conference of two of the user's calls and checks each
/// answer as the reads are checked. What it started it always releases, whatever happened after.
/// </summary>
internal static class ConferenceScript
{
    // The release runs after a failure or Ctrl+C, so it cannot wait on the command's token or forever.
    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromSeconds(10);

    public static async Task RunAsync(
        HttpClient http, string callA, string callB, List<string> operations, List<Finding> findings, Action<string> notice, CancellationToken cancellationToken)
    {
        // A step whose answer is no success (an undocumented status) stops the script: the conference is unknown.
        async Task<bool> StepAsync(string operationId, object? body, CancellationToken token)
        {
            operations.Add(operationId);
            var operation = ConformanceCheck.Operation(operationId);
            var (found, succeeded) = await ConformanceCheck.CheckAsync(http, operation, operation.PathTemplate.TrimStart('/'), body, notFoundIsAnAnswer: false, token);
            findings.AddRange(found);
            return succeeded;
        }

        if (!await StepAsync("StartConference", new { callIds = new[] { callA, callB } }, cancellationToken))
        {
            return;
        }

        ExceptionDispatchInfo? failure = null;
        try
        {
            _ = await StepAsync("Mute", new { callId = callA }, cancellationToken)
                && await StepAsync("Unmute", new { callId = callA }, cancellationToken)
                && await StepAsync("Hold", null, cancellationToken)
                && await StepAsync("Resume", null, cancellationToken)
                && await StepAsync("GetConferenceDetails", null, cancellationToken);
        }
        catch (Exception error)
        {
            failure = ExceptionDispatchInfo.Capture(error);
        }

        using var releaseTime = new CancellationTokenSource(ReleaseTimeout);
        try
        {
            var released = await StepAsync("ReleaseConference", null, releaseTime.Token);
            notice(released ? "conformance released the conference it started." : "conformance could not release the conference it started: release it yourself.");
        }
        catch (Exception error)
        {
            notice($"conformance could not release the conference it started ({error.Message}): release it yourself.");
            // The first failure is the one to report; else the release's, its own timeout as no answer in time.
            if (failure is null && error is OperationCanceledException)
            {
                throw new TimeoutException("The release got no answer in time.", error);
            }

            if (failure is null)
            {
                throw;
            }
        }

        failure?.Throw();
    }
}
