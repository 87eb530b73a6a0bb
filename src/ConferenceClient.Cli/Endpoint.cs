using System;
using System.Threading;

namespace Webex.Calling.Conference.Cli;

/// <summary>
/// Who answers a command's calls, and how its attempts went: what a failure names (Webex, the
/// simulator, or the API at another address) and counts (the limit per attempt, the attempts made),
/// and the last answer as sent.
/// </summary>
internal sealed class Endpoint
{
    private int _attempts;

    private Endpoint(string name, string answeredBy)
    {
        Name = name;
        AnsweredBy = answeredBy;
    }

    /// <summary>Who answered, for people: <c>Webex</c>, <c>the simulator</c>, <c>the API at http://127.0.0.1:5123</c>.</summary>
    public string Name { get; }

    /// <summary>Who answered, for scripts: <c>webex</c>, <c>simulator</c>, or the API's address.</summary>
    public string AnsweredBy { get; }

    /// <summary>Where a failure to connect happened, for people: Webex's address too, as a proxy or DNS may be to blame.</summary>
    public string Reached => AnsweredBy == "webex" ? $"Webex at {ConferenceClientOptions.DefaultBaseAddress}" : Name;

    /// <summary>The time each attempt was given, as the client was built.</summary>
    public TimeSpan AttemptTimeout { get; set; }

    /// <summary>The attempts sent so far, retries included.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>The endpoint of a command's settings: the simulator, Webex (its address, given or not), or another API.</summary>
    public static Endpoint For(ConnectionSettings settings)
    {
        if (settings.Simulator)
        {
            return new Endpoint("the simulator", "simulator");
        }

        var address = settings.BaseAddress ?? ConferenceClientOptions.DefaultBaseAddress;
        if (address.IdnHost == ConferenceClientOptions.DefaultBaseAddress.IdnHost)
        {
            return new Endpoint("Webex", "webex");
        }

        var origin = address.GetLeftPart(UriPartial.Authority);
        return new Endpoint($"the API at {origin}", origin);
    }

    /// <summary>The body of the last successful answer, as the API sent it; null when none was read or it was too large.</summary>
    public string? LastAnswer { get; set; }

    public void CountAttempt() => Interlocked.Increment(ref _attempts);

    /// <summary>
    /// Sets the count of attempts, 0 as a new call begins: a command that sends several calls (conformance)
    /// reports the attempts of the one that failed, not of all; it restores that count after its clean-up call.
    /// </summary>
    public void ResetAttempts(int attempts = 0) => Volatile.Write(ref _attempts, attempts);
}
