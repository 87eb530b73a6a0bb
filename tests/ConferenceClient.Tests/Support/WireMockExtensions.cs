using System.Collections.Generic;
using System.Linq;
using WireMock;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Webex.Calling.Conference.Tests.Support;

internal static class WireMockExtensions
{
    /// <summary>Answers one request after another with the given responses; the last one repeats.</summary>
    public static void RespondInSequence(this WireMockServer server, IRequestBuilder request, params IResponseBuilder[] responses)
    {
        var scenario = System.Guid.NewGuid().ToString("N");
        for (var i = 0; i < responses.Length; i++)
        {
            var mapping = server.Given(request).InScenario(scenario);
            if (i > 0)
            {
                mapping = mapping.WhenStateIs($"answered {i}");
            }

            if (i < responses.Length - 1)
            {
                mapping = mapping.WillSetStateTo($"answered {i + 1}");
            }

            mapping.RespondWith(responses[i]);
        }
    }

    public static IReadOnlyList<IRequestMessage> Requests(this WireMockServer server) =>
        server.LogEntries.Select(e => e.RequestMessage).ToList();

    /// <summary>The raw query string without its leading '?'; empty when there is none.</summary>
    public static string QueryString(this IRequestMessage request) => (request.RawQuery ?? string.Empty).TrimStart('?');

    public static string? Header(this IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, System.StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}
