using System;
using System.Net.Http;

namespace Webex.Calling.Conference.Http;

/// <summary>
/// When a failed answer came, by the client's clock: an exception's RetryAfter is measured from it, so
/// a fake TimeProvider in tests governs it as it governs the retries. Set on failures only.
/// </summary>
internal static class AnsweredAt
{
    private static readonly HttpRequestOptionsKey<DateTimeOffset> Key = new("Webex.Calling.Conference.AnsweredAt");

    public static void Stamp(HttpRequestMessage request, TimeProvider timeProvider) => request.Options.Set(Key, timeProvider.GetUtcNow());

    public static DateTimeOffset? Of(HttpResponseMessage response) =>
        response.RequestMessage?.Options.TryGetValue(Key, out var at) == true ? at : null;
}
