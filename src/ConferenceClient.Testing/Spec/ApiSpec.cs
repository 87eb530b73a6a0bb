using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Webex.Calling.Conference.Testing;

/// <summary>
/// The spec the simulator serves: <c>openapi/conference-controls.yaml</c>, embedded in this assembly at
/// build time and read here with OpenAPI.NET, not with the client's generated code or NSwag, so that the
/// simulator stays an independent check on the client. Every route, parameter, constraint and success
/// status comes from it; only what an operation does to the conferences is written by hand.
/// </summary>
internal sealed class ApiSpec
{
    private const string ResourceName = "conference-controls.yaml";

    private static readonly Lazy<ApiSpec> Embedded = new(LoadEmbedded);

    private ApiSpec(string basePath, IReadOnlyList<SpecOperation> operations)
    {
        BasePath = basePath;
        Operations = operations;
    }

    /// <summary>The spec of this build of the kit.</summary>
    public static ApiSpec Served => Embedded.Value;

    /// <summary>The path of the spec's server URL, e.g. <c>/v1</c>: every API path starts with it.</summary>
    public string BasePath { get; }

    /// <summary>Every operation of the spec, in its order.</summary>
    public IReadOnlyList<SpecOperation> Operations { get; }

    /// <summary>Reads a spec; a document OpenAPI.NET reports errors for is refused, naming them.</summary>
    /// <exception cref="InvalidOperationException">The document is not a valid OpenAPI document.</exception>
    public static ApiSpec Load(byte[] yaml)
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        using var stream = new MemoryStream(yaml, writable: false);
        var read = OpenApiDocument.Load(stream, "yaml", settings);
        if (read.Document is not { } document || read.Diagnostic?.Errors.Count > 0)
        {
            throw new InvalidOperationException(
                "The simulator's spec cannot be read: " + string.Join("; ", read.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? []));
        }

        var server = document.Servers?.FirstOrDefault()?.Url ?? "/";
        var basePath = Uri.TryCreate(server, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : server;
        var operations = new List<SpecOperation>();
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>())
            {
                operations.Add(Describe(path, method, operation, item.Parameters));
            }
        }

        return new ApiSpec(basePath.TrimEnd('/'), operations);
    }

    private static ApiSpec LoadEmbedded()
    {
        using var resource = typeof(ApiSpec).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The kit was built without its spec ({ResourceName}).");
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        return Load(copy.ToArray());
    }

    private static SpecOperation Describe(string path, HttpMethod method, OpenApiOperation operation, IList<IOpenApiParameter>? pathItemParameters)
    {
        var id = operation.OperationId ?? throw new InvalidOperationException($"{method} {path} has no operationId.");
        var segments = path.Trim('/').Split('/');
        var scope = segments.Contains("{memberId}") ? OperationScope.Member
            : path.Contains("/members/me/", StringComparison.Ordinal) ? OperationScope.Me
            : OperationScope.User;
        var suffix = scope switch { OperationScope.Member => "ForMember", OperationScope.Me => "ForMe", _ => "" };
        var name = suffix.Length > 0 && id.EndsWith(suffix, StringComparison.Ordinal) ? id[..^suffix.Length] : id;

        // An operation's own parameter overrides the path item's of the same name and place.
        var parameters = (operation.Parameters ?? []).ToList();
        parameters.AddRange((pathItemParameters ?? []).Where(shared => !parameters.Any(own => own.Name == shared.Name && own.In == shared.In)));

        var success = (operation.Responses ?? [])
            .Where(r => r.Key.Length == 3 && r.Key[0] == '2' && int.TryParse(r.Key, out _))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (success.Key is null)
        {
            throw new InvalidOperationException($"{id} lists no success status.");
        }

        return new SpecOperation
        {
            OperationId = id,
            Method = method.Method.ToUpperInvariant(),
            PathTemplate = path,
            Segments = segments,
            Parameters = parameters,
            BodySchema = JsonSchemaOf(operation.RequestBody?.Content),
            SuccessStatus = int.Parse(success.Key, System.Globalization.CultureInfo.InvariantCulture),
            ResponseKeys = [.. operation.Responses!.Keys],
            SuccessSchema = JsonSchemaOf(success.Value.Content),
            Name = name,
            Scope = scope,
            Behaviour = Enum.TryParse<SimulatedOperation>(name, out var behaviour) && Enum.IsDefined(behaviour) ? behaviour : null,
        };
    }

    private static IOpenApiSchema? JsonSchemaOf(IDictionary<string, OpenApiMediaType>? content) =>
        content?.FirstOrDefault(c => c.Key.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)).Value?.Schema;
}
