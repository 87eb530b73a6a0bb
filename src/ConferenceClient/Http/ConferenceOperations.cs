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
    /// Start and add-participant create something, so a second send after a 5xx or a lost answer could
    /// join calls twice. Every other operation reads, ends or sets a state, so repeating it is harmless.
    /// A request the API does not have is treated as not idempotent.
    /// </summary>
    private static ConferenceOperation Identify(HttpRequestMessage request)
    {
        var path = request.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : request.RequestUri?.OriginalString ?? string.Empty;
        var method = request.Method.Method;
        var operation = path.TrimEnd('/') switch
        {
            var p when p.EndsWith(Root, StringComparison.Ordinal) => method switch
            {
                "GET" => "GetConferenceDetails",
                "POST" => "StartConference",
                "DELETE" => "ReleaseConference",
                _ => null,
            },
            var p when method == "POST" && p.EndsWith(Root + "/addParticipant", StringComparison.Ordinal) => "AddParticipant",
            var p when method == "POST" && p.EndsWith(Root + "/mute", StringComparison.Ordinal) => "Mute",
            var p when method == "POST" && p.EndsWith(Root + "/unmute", StringComparison.Ordinal) => "Unmute",
            var p when method == "POST" && p.EndsWith(Root + "/deafen", StringComparison.Ordinal) => "DeafenParticipant",
            var p when method == "POST" && p.EndsWith(Root + "/undeafen", StringComparison.Ordinal) => "UndeafenParticipant",
            var p when method == "POST" && p.EndsWith(Root + "/hold", StringComparison.Ordinal) => "Hold",
            var p when method == "POST" && p.EndsWith(Root + "/resume", StringComparison.Ordinal) => "Resume",
            _ => null,
        };

        return operation is null or "StartConference" or "AddParticipant"
            ? new ConferenceOperation(operation ?? $"{method} {path}", IsIdempotent: false)
            : new ConferenceOperation(operation, IsIdempotent: true);
    }
}
