using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace Webex.Calling.Conference.Cli.Tests.Support;

/// <summary>Reads a stream of the tool's output as JSON Lines, failing the test on any line that is not one JSON object.</summary>
public static class JsonLines
{
    public static IReadOnlyList<JsonObject> Of(string stream) =>
        [.. stream.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ParseLine)];

    private static JsonObject ParseLine(string line)
    {
        try
        {
            return JsonNode.Parse(line) as JsonObject ?? throw new AssertionException($"Not a JSON object: {line}");
        }
        catch (System.Text.Json.JsonException error)
        {
            throw new AssertionException($"Not a line of JSON ({error.Message}): {line}");
        }
    }
}
