using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;

namespace Webex.Calling.Conference.Cli.Output;

/// <summary>
/// A failure as the tool reports it, in text or JSON: its exit code, its kind (<c>usage</c>,
/// <c>api</c>, <c>timeout</c>, <c>unreachable</c>, <c>cancelled</c>) and a message that names who
/// answered, with what each kind adds.
/// </summary>
internal sealed record FailureReport(int ExitCode, string Kind, string Message)
{
    /// <summary>Who answered, or failed to; null for a usage error.</summary>
    public Endpoint? Endpoint { get; init; }

    /// <summary>The API's error answer: its status, message, tracking ID and Retry-After.</summary>
    public ConferenceApiException? ApiError { get; init; }

    /// <summary>For a connection failure, the innermost cause that says something (a certificate, a name, a refusal).</summary>
    public string? Cause { get; init; }

    /// <summary>For a connection failure, the failure and each of its causes, outermost first.</summary>
    public IReadOnlyList<string> Causes { get; init; } = [];

    /// <summary>For a usage error, the command line that shows the usage.</summary>
    public string? Help { get; init; }

    public static FailureReport Usage(string message, string help) => new(ExitCodes.Usage, "usage", message) { Help = help };

    /// <summary>Ctrl+C: what was sent may have been carried out, which only a change needs to say.</summary>
    public static FailureReport Cancelled(string command, Endpoint endpoint, bool changes) => new(
        ExitCodes.Cancelled,
        "cancelled",
        $"{command} was cancelled before {endpoint.Name} answered" + (changes ? "; what was sent may still take effect (see 'show')." : "."))
    {
        Endpoint = endpoint,
    };

    /// <summary>The report of a failure that <see cref="ExitCodes.For"/> maps to an exit code.</summary>
    public static FailureReport Of(Exception error, Endpoint endpoint, string command) => error switch
    {
        ConferenceApiException api => new(ExitCodes.ApiError, "api", $"{endpoint.Name} answered {api.StatusCode}: {Said(api)}{Retried(endpoint)}")
        {
            Endpoint = endpoint,
            ApiError = api,
        },
        TimeoutException => new(
            ExitCodes.Unreachable,
            "timeout",
            string.Create(
                CultureInfo.InvariantCulture,
                $"{endpoint.Name} did not answer within {endpoint.AttemptTimeout.TotalSeconds:0.###} s, the limit per attempt (--timeout); attempts made: {endpoint.Attempts}."))
        {
            Endpoint = endpoint,
        },
        HttpRequestException => Unreachable(error, endpoint, FailureCause.Innermost(error)),
        ArgumentException argument => Usage(LibraryGuards.InToolWords(argument), $"{ConferenceCli.Name} {command} --help"),
        _ => throw new ArgumentOutOfRangeException(nameof(error), error.GetType(), "Not a failure the tool reports; ExitCodes.For filters them."),
    };

    private static FailureReport Unreachable(Exception error, Endpoint endpoint, string cause) =>
        new(ExitCodes.Unreachable, "unreachable", $"cannot reach {endpoint.Reached}: {cause} (attempts made: {endpoint.Attempts})")
        {
            Endpoint = endpoint,
            Cause = cause,
            Causes = FailureCause.Described(error),
        };

    // An answer the retries gave up on says how many attempts it took; one sent once needs no count.
    private static string Retried(Endpoint endpoint) => endpoint.Attempts > 1 ? $" (attempts made: {endpoint.Attempts})" : string.Empty;

    private static string Said(ConferenceApiException error) =>
        error.WebexMessage ?? (error.ErrorDescriptions.Count > 0 ? string.Join("; ", error.ErrorDescriptions) : error.Message);
}
