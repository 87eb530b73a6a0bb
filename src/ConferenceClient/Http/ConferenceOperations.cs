using System;
using System.Net.Http;

namespace Webex.Calling.Conference.Http;

/// <summary>A Conference Controls operation as the pipeline sees it: a name for logs, and whether it may be repeated.</summary>
internal readonly record struct ConferenceOperation(string Name, bool IsIdempotent);

/// <summary>
/// Tells which operation an HTTP request is, from its method and path. It reads the path in place and
/// returns fixed names, so the hot path allocates nothing for it.
/// </summary>
internal static class ConferenceOperations
{
    private const string Root = "/telephony/conference";

    private static readonly string[] Scopes = [string.Empty, "ForMember", "ForMe"];

    /// <summary>
    /// Start, add-participant and the supervisor modes create or change who is in the call, so a second
    /// send after a 5xx or a lost answer could act twice. Every other operation reads, ends or sets a
    /// state, so repeating it is harmless. A request the API does not have is treated as not idempotent.
    /// </summary>
    public static ConferenceOperation Of(HttpRequestMessage request)
    {
        var uri = request.RequestUri;
        var path = uri is null ? string.Empty : uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString;
        var method = request.Method.Method;
        var (name, scope) = Identify(method, path);
        return name switch
        {
            null => new ConferenceOperation($"{method} {path}", IsIdempotent: false),
            "StartConference" or "AddParticipant" or "BargeIn" or "SilentMonitor" or "SupervisorCoach" => new ConferenceOperation(Named(name, scope), IsIdempotent: false),
            _ => new ConferenceOperation(Named(name, scope), IsIdempotent: true),
        };
    }

    // The scope 0 (the user's paths), 1 (members/{memberId}) or 2 (members/me), and the operation.
    private static (string? Name, int Scope) Identify(string method, string path)
    {
        var root = path.LastIndexOf(Root, StringComparison.Ordinal);
        if (root < 0)
        {
            return (null, 0);
        }

        var rest = path.AsSpan(root + Root.Length).TrimEnd('/');
        var scope = 0;
        if (rest.StartsWith("/members/", StringComparison.Ordinal))
        {
            var owner = rest["/members/".Length..];
            var slash = owner.IndexOf('/');
            if (slash <= 0)
            {
                return (null, 0);
            }

            scope = owner[..slash] is "me" ? 2 : 1;
            rest = owner[slash..];
            if (rest is "/conference")
            {
                rest = [];
            }
        }

        var name = method switch
        {
            "GET" when rest.IsEmpty => "GetConferenceDetails",
            "DELETE" when rest.IsEmpty => "ReleaseConference",
            "POST" => rest switch
            {
                "" => "StartConference",
                "/addParticipant" => "AddParticipant",
                "/mute" => "Mute",
                "/unmute" => "Unmute",
                "/deafen" => "DeafenParticipant",
                "/undeafen" => "UndeafenParticipant",
                "/hold" => "Hold",
                "/resume" => "Resume",
                "/bargeIn" when scope > 0 => "BargeIn",
                "/silentMonitor" when scope > 0 => "SilentMonitor",
                "/supervisorCoach" when scope > 0 => "SupervisorCoach",
                _ => null,
            },
            _ => null,
        };
        return (name, scope);
    }

    // Built once, so naming an operation does not build a string per request.
    private static readonly System.Collections.Generic.Dictionary<(string Name, int Scope), string> ScopedNames = BuildScopedNames();

    private static string Named(string name, int scope) => scope == 0 ? name : ScopedNames[(name, scope)];

    private static System.Collections.Generic.Dictionary<(string Name, int Scope), string> BuildScopedNames()
    {
        string[] names =
        [
            "GetConferenceDetails", "StartConference", "ReleaseConference", "AddParticipant", "Mute", "Unmute",
            "DeafenParticipant", "UndeafenParticipant", "Hold", "Resume", "BargeIn", "SilentMonitor", "SupervisorCoach",
        ];
        var table = new System.Collections.Generic.Dictionary<(string Name, int Scope), string>();
        foreach (var name in names)
        {
            table[(name, 1)] = name + Scopes[1];
            table[(name, 2)] = name + Scopes[2];
        }

        return table;
    }
}
