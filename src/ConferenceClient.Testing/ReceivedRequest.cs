using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Unicode;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Webex.Calling.Conference.Testing;

/// <summary>A request as the simulator reads it: the path as sent, the query, the headers and a bounded body.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path as sent, still escaped: a member or call ID may hold '/', '+' or '%', and is unescaped once, where it is read.</param>
/// <param name="Query">The query, unescaped.</param>
/// <param name="Headers">The headers.</param>
/// <param name="Body">The body; null when there is none or when it is too large.</param>
/// <param name="BodyTooLarge">The body is over <see cref="ConferenceSimulator.MaxRequestBodyBytes"/> and was not read.</param>
/// <param name="BodyIsUtf8">False when the body's bytes are not UTF-8 (it is then read with U+FFFD in their place).</param>
internal sealed record ReceivedRequest(string Method, string Path, IQueryCollection Query, IHeaderDictionary Headers, string? Body, bool BodyTooLarge, bool BodyIsUtf8 = true)
{
    public static async Task<ReceivedRequest> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        using var bytes = new MemoryStream();
        try
        {
            // Kestrel enforces MaxRequestBodySize while this reads.
            await request.Body.CopyToAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new ReceivedRequest(request.Method, RawPath(context), request.Query, request.Headers, Body: null, BodyTooLarge: true);
        }

        var body = bytes.GetBuffer().AsSpan(0, (int)bytes.Length);
        body = body.StartsWith(Utf8Bom) ? body[Utf8Bom.Length..] : body;
        return new ReceivedRequest(
            request.Method, RawPath(context), request.Query, request.Headers, body.IsEmpty ? null : Encoding.UTF8.GetString(body), BodyTooLarge: false, Utf8.IsValid(body));
    }

    // Read as a StreamReader would: a byte order mark is not part of the text.
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The first value of a query parameter; null when absent.</summary>
    public string? QueryValue(string name) => Query.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;

    public bool IsAuthorizedBy(string accessToken) =>
        Headers.Authorization.FirstOrDefault() is { } authorization
        && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && authorization["Bearer ".Length..] == accessToken;

    // Kestrel's Path is already unescaped (but for %2F); the raw target is what the client sent.
    private static string RawPath(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToUriComponent();
        var query = target.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? target : target[..query];
    }
}
