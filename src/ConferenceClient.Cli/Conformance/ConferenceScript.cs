using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Cli.Conformance;

/// <summary>
/// <c>conformance --calls A B</c>: plays a short conference of two calls (the user's, or with --member the
/// member's) and checks each answer as the reads are checked. What it started it always releases, whatever happened after.
/// </summary>
internal static class ConferenceScript
{
    // The release runs after a failure or Ctrl+C, so it cannot wait on the command's token or forever.
    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromSeconds(10);

    public static async Task RunAsync(
        HttpClient http, Endpoint endpoint, ConnectionSettings settings, string callA, string callB, List<string> operations, List<Finding> findings, Action<string> notice, CancellationToken cancellationToken)
    {
        var step = string.Empty;

        // The step's answer status; a refusal the spec lists throws. The operation is the spec's on the conference
        // the settings name (members/{memberId}/… with --member), so the script plays where the reads read.
        async Task<int> SendAsync(string name, object? body, bool notFoundIsAnAnswer, CancellationToken token)
        {
            var operation = ConformanceCheck.Operation(name, settings);
            step = operation.OperationId;
            operations.Add(step);
            var (found, status) = await ConformanceCheck.CheckAsync(http, endpoint, operation, settings, body, notFoundIsAnAnswer, token);
            findings.AddRange(found);
            return status;
        }

        // A step whose answer is no success (an undocumented status) stops the script: the conference is unknown.
        async Task<bool> StepAsync(string name, object? body, CancellationToken token) =>
            IsSuccess(await SendAsync(name, body, notFoundIsAnAnswer: false, token));

        if (!await StepAsync("StartConference", new { callIds = new[] { callA, callB } }, cancellationToken))
        {
            return;
        }

        ExceptionDispatchInfo? failure = null;
        var failedAttempts = 0;
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
            // The error printed last names who answered, not which step asked: said here, before the release's notice.
            notice(cancellationToken.IsCancellationRequested ? $"conformance stopped at {step}: cancelled." : $"conformance stopped at {step}, which failed.");
            failure = ExceptionDispatchInfo.Capture(error);
            failedAttempts = endpoint.Attempts;
        }

        using var releaseTime = new CancellationTokenSource(ReleaseTimeout);
        try
        {
            // A 404 is the spec's answer for a conference already gone (x-done-on-repeat): a call left and it ended.
            var status = await SendAsync("ReleaseConference", null, notFoundIsAnAnswer: true, releaseTime.Token);
            notice(IsSuccess(status) ? "conformance released the conference it started."
                : status == 404 ? "conformance had nothing to release: the conference it started had already ended."
                : "conformance could not release the conference it started: release it yourself.");
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

        if (failure is not null)
        {
            // The report of the failure counts its own attempts, not the release's.
            endpoint.ResetAttempts(failedAttempts);
            failure.Throw();
        }
    }

    private static bool IsSuccess(int status) => status is >= 200 and < 300;
}
