using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Webex.Calling.Conference.Testing;

/// <summary>
/// Faults as the control API takes and shows them:
/// <c>{"fault":"gatewayError","status":503,"retryAfterSeconds":2,"operation":"hold"}</c>, the names being
/// the factories' and the operations' in camelCase.
/// </summary>
internal static class ControlFaults
{
    // Bounds that keep one request from queueing millions of faults or a wait longer than a day.
    private const int MaxTimes = 1000;
    private const double MaxRetryAfterSeconds = 86_400;
    private const double MaxDelayMs = 86_400_000;

    // What some faults take, and with them what every fault takes.
    private static readonly string[] ArgumentFields = ["status", "retryAfterSeconds", "delayMs", "path", "value", "emptyBody"];
    private static readonly string[] Fields = ["fault", .. ArgumentFields, "times", "operation"];

    // The fields each fault takes besides fault, times and operation, what it cannot do without, and how it is made.
    private static readonly Dictionary<string, FaultShape> Shapes = new(StringComparer.Ordinal)
    {
        [CamelCase(nameof(SimulatedFault.RateLimited))] = new(["retryAfterSeconds"], "retryAfterSeconds", a => a.RetryAfter is { } wait ? SimulatedFault.RateLimited(wait) : null),
        [CamelCase(nameof(SimulatedFault.Locked))] = new(["retryAfterSeconds"], null, a => SimulatedFault.Locked(a.RetryAfter)),
        [CamelCase(nameof(SimulatedFault.GatewayError))] = new(["status", "retryAfterSeconds"], "status 502, 503 or 504", a =>
            a.Status is 502d or 503d or 504d ? SimulatedFault.GatewayError((int)a.Status, a.RetryAfter) : null),
        [CamelCase(nameof(SimulatedFault.Delay))] = new(["delayMs"], "delayMs", a => a.DelayMs is { } ms ? SimulatedFault.Delay(TimeSpan.FromMilliseconds(ms)) : null),
        [CamelCase(nameof(SimulatedFault.MalformedBody))] = new([], null, _ => SimulatedFault.MalformedBody()),
        [CamelCase(nameof(SimulatedFault.FutureDetails))] = new([], null, _ => SimulatedFault.FutureDetails()),
        [CamelCase(nameof(SimulatedFault.ExtraField))] = new(["path", "value"], null, a =>
            SimulatedFault.ExtraField(a.Path ?? SimulatedFault.DefaultExtraFieldPath, a.HasValue ? a.Value : SimulatedFault.DefaultExtraFieldValue)),
        [CamelCase(nameof(SimulatedFault.UnknownEnumValue))] = new(["path", "value"], "path and a string value", a =>
            a is { Path: { } path, Value: JsonValue value } && value.GetValueKind() == JsonValueKind.String ? SimulatedFault.UnknownEnumValue(path, value.GetValue<string>()) : null),
        [CamelCase(nameof(SimulatedFault.UndocumentedStatus))] = new(["status", "emptyBody"], "a whole status from 200 to 599", a =>
            a.Status is >= 200 and <= 599 and var status && status == Math.Floor(status) ? SimulatedFault.UndocumentedStatus((int)status, a.EmptyBody ?? false) : null),
        [CamelCase(nameof(SimulatedFault.MissingField))] = new(["path"], "path", a => a.Path is { } path ? SimulatedFault.MissingField(path) : null),
    };

    public static JsonObject ToJson(PendingFault pending)
    {
        var fault = pending.Fault;
        var json = new JsonObject { ["fault"] = CamelCase(fault.Kind) };
        if (fault is SimulatedFault.StatusFault status && fault.Kind == nameof(SimulatedFault.GatewayError))
        {
            json["status"] = status.Status;
        }

        if (fault is SimulatedFault.UndocumentedStatusFault undocumented)
        {
            json["status"] = undocumented.Status;
            json["emptyBody"] = undocumented.EmptyBody;
        }

        if (fault is SimulatedFault.FieldFault field)
        {
            json["path"] = field.Path.ToString();
        }

        if (fault is SimulatedFault.ExtraFieldFault extra)
        {
            json["value"] = JsonNode.Parse(extra.Value);
        }

        if (fault is SimulatedFault.UnknownEnumValueFault unknown)
        {
            json["value"] = unknown.Value;
        }

        if (fault is SimulatedFault.StatusFault { RetryAfter: { } wait })
        {
            json["retryAfterSeconds"] = wait.TotalSeconds;
        }

        if (fault is SimulatedFault.DelayFault delay)
        {
            json["delayMs"] = delay.Duration.TotalMilliseconds;
        }

        json["times"] = pending.Times;

        json["operation"] = pending.Operation is { } operation ? CamelCase(operation) : null;
        json["description"] = pending.ToString();
        return json;
    }

    /// <summary>Reads a fault to inject; returns what is wrong with the body, or null when it reads.</summary>
    /// <param name="body">The control request's body.</param>
    /// <param name="operationNames">The names of the spec's operations, which <c>operation</c> gives in camelCase.</param>
    /// <param name="pending">The fault read, with how many answers it spoils.</param>
    public static string? TryRead(JsonObject body, IEnumerable<string> operationNames, out PendingFault? pending)
    {
        pending = null;
        if (JsonBody.UnknownField(body, Fields) is { } unknown)
        {
            return $"A fault has no field {unknown}; its fields are {string.Join(", ", Fields)}.";
        }

        if (!JsonBody.TryReadString(body, "fault", out var name) || name is null || !Shapes.TryGetValue(name, out var shape))
        {
            return $"fault must be one of {string.Join(", ", Shapes.Keys)}.";
        }

        if (ArgumentFields.FirstOrDefault(field => body.ContainsKey(field) && !shape.Fields.Contains(field)) is { } misplaced)
        {
            return $"{misplaced} does not apply to {name}.";
        }

        if (!JsonBody.TryReadNumber(body, "status", out var status) || !JsonBody.TryReadNumber(body, "retryAfterSeconds", out var retryAfterSeconds)
            || !JsonBody.TryReadNumber(body, "delayMs", out var delayMs) || !JsonBody.TryReadNumber(body, "times", out var count))
        {
            return "status, retryAfterSeconds, delayMs and times are numbers.";
        }

        if (!JsonBody.TryReadString(body, "path", out var path) || !JsonBody.TryReadBoolean(body, "emptyBody", out var emptyBody))
        {
            return "path is a string and emptyBody true or false.";
        }

        if (path is not null && FieldPath.Problem(path) is { } badPath)
        {
            return badPath;
        }

        var outOfRange = RangeProblem(retryAfterSeconds, "retryAfterSeconds", 0, MaxRetryAfterSeconds)
            ?? RangeProblem(delayMs, "delayMs", 0, MaxDelayMs)
            ?? RangeProblem(count, "times", 1, MaxTimes)
            ?? (count is { } whole && whole != Math.Floor(whole) ? "times must be a whole number." : null);
        if (outOfRange is not null)
        {
            return outOfRange;
        }

        var operations = operationNames.Distinct().ToDictionary(CamelCase, StringComparer.OrdinalIgnoreCase);
        if (!JsonBody.TryReadString(body, "operation", out var operationName) || (operationName is not null && !operations.ContainsKey(operationName)))
        {
            return $"operation must be one of {string.Join(", ", operations.Keys)}, or null for any.";
        }

        var retryAfter = retryAfterSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        var arguments = new FaultArguments(status, retryAfter, delayMs, path, body["value"], body.ContainsKey("value"), emptyBody);
        if (shape.Make(arguments) is not { } fault)
        {
            return $"{name} needs {shape.Needs}.";
        }

        pending = new PendingFault(fault, operationName is null ? null : operations[operationName]) { Times = (int)(count ?? 1) };
        return null;
    }

    private static string? RangeProblem(double? value, string name, double min, double max) =>
        value is { } number && (number < min || number > max) ? $"{name} must be from {min} to {max}." : null;

    private static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private sealed record FaultShape(string[] Fields, string? Needs, Func<FaultArguments, SimulatedFault?> Make);

    // HasValue tells a value of JSON null (an extra field's value) from none (its default).
    private readonly record struct FaultArguments(
        double? Status, TimeSpan? RetryAfter, double? DelayMs, string? Path, JsonNode? Value, bool HasValue, bool? EmptyBody);
}
