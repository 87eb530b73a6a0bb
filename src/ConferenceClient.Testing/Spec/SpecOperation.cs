using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.OpenApi;

namespace Webex.Calling.Conference.Testing;

/// <summary>Whose conference an operation acts on, from its path.</summary>
internal enum OperationScope
{
    /// <summary>The calling user's own paths, <c>telephony/conference/…</c>.</summary>
    User,

    /// <summary><c>members/{memberId}/…</c>: a member of the organisation, for a Service App.</summary>
    Member,

    /// <summary><c>members/me/…</c>: the user's own line again, through the members paths.</summary>
    Me,
}

/// <summary>
/// One operation of the spec as the simulator serves it: how it is routed, what it takes and what it
/// answers. Read from the spec, never written by hand.
/// </summary>
internal sealed class SpecOperation
{
    public required string OperationId { get; init; }

    /// <summary>The HTTP method, upper case.</summary>
    public required string Method { get; init; }

    /// <summary>The spec's path, e.g. <c>/telephony/conference/members/{memberId}/mute</c>.</summary>
    public required string PathTemplate { get; init; }

    /// <summary>The path's segments: a literal, or <c>{name}</c> for a path parameter.</summary>
    public required IReadOnlyList<string> Segments { get; init; }

    public required IReadOnlyList<IOpenApiParameter> Parameters { get; init; }

    /// <summary>The JSON request body's schema; null when the operation takes no body.</summary>
    public IOpenApiSchema? BodySchema { get; init; }

    /// <summary>The first success status the spec lists (2xx).</summary>
    public required int SuccessStatus { get; init; }

    /// <summary>The keys of the spec's responses: statuses (<c>204</c>), ranges (<c>4XX</c>) or <c>default</c>.</summary>
    public required IReadOnlyList<string> ResponseKeys { get; init; }

    /// <summary>The JSON schema of the success answer; null when it has no body.</summary>
    public IOpenApiSchema? SuccessSchema { get; init; }

    /// <summary>The operationId without its scope's suffix (<c>ForMember</c>, <c>ForMe</c>): the same operation in every scope.</summary>
    public required string Name { get; init; }

    public required OperationScope Scope { get; init; }

    /// <summary>The simulator's own behaviour for it; null for an operation it serves generically.</summary>
    public SimulatedOperation? Behaviour { get; init; }

    /// <summary>Whether the spec lists this status for the operation, by itself, by its range or by <c>default</c>.</summary>
    public bool Documents(int status) => ResponseKeys.Any(key =>
        key == status.ToString(CultureInfo.InvariantCulture) || key == "default"
        || string.Equals(key, $"{status / 100}XX", StringComparison.OrdinalIgnoreCase));

    public override string ToString() => $"{OperationId} ({Method} {PathTemplate})";
}
