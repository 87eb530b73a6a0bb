using System;
using System.Net.Http;

namespace Webex.Calling.Conference.Http;

/// <summary>A Conference Controls operation as the pipeline sees it: a name for logs, and whether it may be repeated.</summary>
internal readonly record struct ConferenceOperation(string Name, bool IsIdempotent);

/// <summary>Tells which operation an HTTP request is, from its method and path.</summary>
internal static class ConferenceOperations
{
    private const string Root = "/telephony/conference";
    private static readonly HttpRequestOptionsKey<ConferenceOperation> Key = new("Webex.Conference.Operation");

    /// <summary>The operation of <paramref name="request"/>, worked out once per request and kept on it.</summary>
    public static ConferenceOperation Of(HttpRequestMessage request)
    {
        if (!request.Options.TryGetValue(Key, out var operation))
        {
            operation = Identify(request);
            request.Options.Set(Key, operation);
        }

        return operation;
    }

    /// <summary>
    /// Start, add-participant and the supervisor modes create or change who is in the call, so a second
    /// send after a 5xx or a lost answer could act twice. Every other operation reads, ends or sets a
    /// state, so repeating it is harmless. A request the API does not have is treated as not idempotent.
    /// </summary>
    private static ConferenceOperation Identify(HttpRequestMessage request)
    {
        var path = request.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : request.RequestUri?.OriginalString ?? string.Empty;
        var method = request.Method.Method;
        var root = path.LastIndexOf(Root, StringComparison.Ordinal);
        var rest = root < 0 ? null : path[(root + Root.Length)..].TrimEnd('/');

        // members/{memberId}/… and members/me/… are the same operations for another conference owner.
        var scope = string.Empty;
        if (rest is not null && rest.StartsWith("/members/", StringComparison.Ordinal))
        {
            var owner = rest["/members/".Length..];
            var slash = owner.IndexOf('/', StringComparison.Ordinal);
            scope = slash > 0 && owner[..slash] == "me" ? "ForMe" : "ForMember";
            rest = slash < 0 ? null : owner[slash..] is "/conference" ? string.Empty : owner[slash..];
        }

        var operation = (method, rest) switch
        {
            ("GET", "") => "GetConferenceDetails",
            ("POST", "") => "StartConference",
            ("DELETE", "") => "ReleaseConference",
            ("POST", "/addParticipant") => "AddParticipant",
            ("POST", "/mute") => "Mute",
            ("POST", "/unmute") => "Unmute",
            ("POST", "/deafen") => "DeafenParticipant",
            ("POST", "/undeafen") => "UndeafenParticipant",
            ("POST", "/hold") => "Hold",
            ("POST", "/resume") => "Resume",
            ("POST", "/bargeIn") when scope.Length > 0 => "BargeIn",
            ("POST", "/silentMonitor") when scope.Length > 0 => "SilentMonitor",
            ("POST", "/supervisorCoach") when scope.Length > 0 => "SupervisorCoach",
            _ => null,
        };

        return operation switch
        {
            null => new ConferenceOperation($"{method} {path}", IsIdempotent: false),
            "StartConference" or "AddParticipant" or "BargeIn" or "SilentMonitor" or "SupervisorCoach" => new ConferenceOperation(operation + scope, IsIdempotent: false),
            _ => new ConferenceOperation(operation + scope, IsIdempotent: true),
        };
    }
}
