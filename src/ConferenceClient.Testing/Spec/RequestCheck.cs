using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Webex.Calling.Conference.Testing;

/// <summary>A request that passed the spec's checks: its path values, query and body, ready for a behaviour.</summary>
/// <param name="PathValues">The path parameters, unescaped.</param>
/// <param name="Query">The query parameters the operation takes, first value of each.</param>
/// <param name="Body">The JSON body; <c>{}</c> when the operation takes none or none was sent.</param>
internal sealed record CheckedRequest(IReadOnlyDictionary<string, string> PathValues, IReadOnlyDictionary<string, string> Query, JsonObject Body)
{
    /// <summary>A string field of the body or a query parameter of that name (the spec lets it be in one place only).</summary>
    public string? Text(string name) =>
        Query.TryGetValue(name, out var inQuery) ? inQuery
        : Body[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>()
        : null;

    /// <summary>Checks the request against its operation as Webex would: the first problem, named, or the checked request.</summary>
    public static CheckedRequest? Check(SpecOperation operation, SpecRoute route, ReceivedRequest request, out string? problem)
    {
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        JsonObject body = [];
        problem = PathProblem(operation, route) ?? QueryProblem(operation, request, query) ?? BodyProblem(operation, request, out body);
        return problem is null ? new CheckedRequest(route.PathValues, query, body) : null;
    }

    private static string? PathProblem(SpecOperation operation, SpecRoute route) =>
        operation.Parameters.Where(p => p.In == ParameterLocation.Path && p.Schema is not null && p.Name is not null)
            .Select(p => route.PathValues.TryGetValue(p.Name!, out var text) ? SchemaCheck.Problem(SchemaCheck.FromText(text, p.Schema!), p.Schema!, p.Name!) : $"{p.Name} is required.")
            .FirstOrDefault(problem => problem is not null);

    private static string? QueryProblem(SpecOperation operation, ReceivedRequest request, Dictionary<string, string> query)
    {
        var declared = operation.Parameters.Where(p => p.In == ParameterLocation.Query && p.Name is not null).ToDictionary(p => p.Name!, StringComparer.Ordinal);
        foreach (var (name, values) in request.Query)
        {
            if (!declared.TryGetValue(name, out var parameter))
            {
                return $"{name} is not a query parameter of {operation.OperationId}.";
            }

            var text = values.FirstOrDefault() ?? string.Empty;
            if (parameter.Schema is { } schema && SchemaCheck.Problem(SchemaCheck.FromText(text, schema), schema, name) is { } problem)
            {
                return problem;
            }

            query[name] = text;
        }

        return declared.Values.FirstOrDefault(p => p.Required && !request.Query.ContainsKey(p.Name!)) is { } missing
            ? $"{missing.Name} is required."
            : null;
    }

    private static string? BodyProblem(SpecOperation operation, ReceivedRequest request, out JsonObject body)
    {
        body = [];

        // An operation without a body ignores one. No body at all reads as {}: the documented form of a
        // host mute; a required field is still required.
        if (operation.BodySchema is not { } schema)
        {
            return null;
        }

        return JsonBody.ReadObject(request, out body) ?? SchemaCheck.Problem(body, schema, field: "");
    }
}
