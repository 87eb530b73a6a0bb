using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NJsonSchema;
using NSwag;

namespace Webex.Calling.Conference.Tests.Contract;

/// <summary>Whose conference an operation acts on, from its path, as the templates read it.</summary>
internal enum ContractScope
{
    User,
    Member,
    Me,
}

/// <summary>A parameter of an operation as the wire carries it: in the path, the query or the JSON body.</summary>
internal sealed record ContractParameter(string Name, string In, bool Required, JsonSchema Schema)
{
    public override string ToString() => $"{Name} ({In})";
}

/// <summary>An answer of an operation with a JSON body: its status and the model its body follows (named by the spec's schema).</summary>
internal sealed record ContractAnswer(int Status, string Model, JsonSchema Schema);

/// <summary>
/// One operation of openapi/, read with NSwag for the tests that follow the spec (the contract tests here,
/// the coverage tests of the tool, which link this file): what it takes and answers.
/// </summary>
internal sealed record ContractOperation(
    string Id, string Method, string Path, string PublicName, ContractScope Scope, IReadOnlyList<ContractParameter> Parameters, bool HasBody, int SuccessStatus, bool HasResult,
    IReadOnlyList<ContractAnswer> Answers, IReadOnlyList<int> Statuses)
{
    public override string ToString() => Id;

    /// <summary>Every operation of the spec the tests were built with.</summary>
    public static IReadOnlyList<ContractOperation> All => Spec.Value;

    private static readonly Lazy<IReadOnlyList<ContractOperation>> Spec = new(() =>
    {
        var document = OpenApiYamlDocument.FromFileAsync(System.IO.Path.Combine(AppContext.BaseDirectory, "openapi", "conference-controls.yaml")).GetAwaiter().GetResult();
        return [.. document.Operations.Select(o => Read(o, document))];
    });

    private static ContractOperation Read(OpenApiOperationDescription description, OpenApiDocument document)
    {
        var operation = description.Operation;
        var (scope, suffix) = description.Path.Contains("/members/me/", StringComparison.Ordinal) ? (ContractScope.Me, "ForMe")
            : description.Path.Contains("{memberId}", StringComparison.Ordinal) ? (ContractScope.Member, "ForMember")
            : (ContractScope.User, "");
        var parameters = operation.ActualParameters
            .Where(p => p.Kind != OpenApiParameterKind.Body)
            .Select(p => new ContractParameter(p.Name, p.Kind == OpenApiParameterKind.Path ? "path" : "query", p.IsRequired, p.ActualSchema))
            .ToList();
        if (operation.ActualRequestBody?.Content["application/json"].Schema.ActualSchema is { } body)
        {
            parameters.AddRange(body.ActualProperties.Select(p => new ContractParameter(p.Key, "body", body.RequiredProperties.Contains(p.Key), p.Value.ActualSchema)));
        }

        var success = operation.ActualResponses.Where(r => r.Key.StartsWith('2')).MinBy(r => r.Key);
        return new ContractOperation(
            operation.OperationId,
            description.Method.ToUpperInvariant(),
            description.Path,
            operation.OperationId.EndsWith(suffix, StringComparison.Ordinal) ? operation.OperationId[..^suffix.Length] : operation.OperationId,
            scope,
            parameters,
            operation.ActualRequestBody is not null,
            int.Parse(success.Key, System.Globalization.CultureInfo.InvariantCulture),
            success.Value.Content.ContainsKey("application/json"),
            [.. from answer in operation.ActualResponses
                where answer.Value.Content.ContainsKey("application/json")
                let schema = answer.Value.Content["application/json"].Schema.ActualSchema
                let model = document.Definitions.FirstOrDefault(d => d.Value == schema).Key ?? $"{operation.OperationId} {answer.Key}"
                select new ContractAnswer(int.Parse(answer.Key, System.Globalization.CultureInfo.InvariantCulture), model, schema)],
            [.. operation.ActualResponses.Keys.Select(status => int.Parse(status, System.Globalization.CultureInfo.InvariantCulture))]);
    }
}
