using System;
using System.Net.Http;

namespace Webex.Calling.Conference.Cli;

/// <summary>The exit codes of the tool, and which failure ends with which.</summary>
internal static class ExitCodes
{
    /// <summary>Done; for <c>simulator serve</c>, stopped by Ctrl+C or SIGTERM, which is how a server ends.</summary>
    public const int Success = 0;

    /// <summary>
    /// A bad command line or argument: fix the command and run it again. Nothing was sent. Also a
    /// <c>simulator serve --port</c> that is taken: the remedy is the same (another --port, or 0), nothing
    /// was started, and it is no failure to reach an API (4), which a script may retry.
    /// </summary>
    public const int Usage = 2;

    /// <summary>The API answered with an error: the tracking ID on stderr is the one to quote to Webex support.</summary>
    public const int ApiError = 3;

    /// <summary>The API could not be reached, or did not answer in time.</summary>
    public const int Unreachable = 4;

    /// <summary>
    /// <c>conformance</c> found answers that differ from the spec (an unknown field, a status it does not
    /// list, …): the API answered, so this is neither 3 nor 4.
    /// </summary>
    public const int Drift = 5;

    /// <summary>Ctrl+C (SIGINT) stopped the command: 128 + 2, as shells report a process ended by SIGINT.</summary>
    public const int Cancelled = 130;

    /// <summary>The exit code of an expected failure; null for a bug, which System.CommandLine reports as 1.</summary>
    public static int? For(Exception error) => error switch
    {
        ConferenceApiException => ApiError,
        ArgumentOutOfRangeException => null,
        ArgumentException => Usage,
        HttpRequestException or TimeoutException => Unreachable,
        _ => null,
    };
}
