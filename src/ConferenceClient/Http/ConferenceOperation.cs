using System.Net.Http;

namespace Webex.Calling.Conference.Http;

/// <summary>Where an operation takes <c>lineOwnerId</c>, as the spec says.</summary>
internal enum LineOwnerPlacement
{
    None,
    Query,
    Body,
}

/// <summary>
/// A Conference Controls operation as the spec declares it: the generated table
/// <see cref="ConferenceOperations"/> holds one per operation, and each generated method tags its
/// request with it, so the handlers tell an operation from a request without parsing or allocating.
/// <see cref="DocumentedStatuses"/> are the statuses the spec lists for it, success and error; null for a
/// request the table does not know.
/// </summary>
internal sealed record ConferenceOperation(string Name, string Method, string PathTemplate, bool IsIdempotent, LineOwnerPlacement LineOwnerIn, bool ExpectsBody, int? DoneOnRepeat = null, int[]? DocumentedStatuses = null)
{
    /// <summary>
    /// The public method that sends it, for the command-line tool: looked up in
    /// <see cref="ConferencePublicMethods"/>, which only the tool makes; no request reads it. Null for a
    /// request the table does not know.
    /// </summary>
    public PublicMethod? Public => ConferencePublicMethods.ByOperation.TryGetValue(Name, out var method) ? method : null;

    /// <summary>
    /// The operation a request was made for. A request the table does not know (not made by the client)
    /// is named by its method and path and is not idempotent: it is never repeated after a failure that
    /// may have reached the server. Its body, if any, is read within the limit.
    /// </summary>
    public static ConferenceOperation Of(HttpRequestMessage request)
    {
        if (request is ConferenceRequestMessage tagged)
        {
            return tagged.Operation;
        }

        var uri = request.RequestUri;
        var path = uri is null ? string.Empty : uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString;
        return new ConferenceOperation($"{request.Method.Method} {path}", request.Method.Method, path, IsIdempotent: false, LineOwnerPlacement.None, ExpectsBody: true);
    }
}
