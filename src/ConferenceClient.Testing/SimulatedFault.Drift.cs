using System;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Webex.Calling.Conference.Testing;

// Spec drift: answers that differ from what the spec says, for testing a client's drift reporting.
// Paths name a field of the success answer: dots between fields, [] after an array for its items.
public abstract partial record SimulatedFault
{
    internal const string DefaultExtraFieldPath = "undocumentedField";
    internal const string DefaultExtraFieldValue = "drift";

    /// <summary>
    /// Acts normally, but the success answer carries a field its schema does not list, at its top level:
    /// <c>"undocumentedField":"drift"</c>.
    /// </summary>
    public static SimulatedFault ExtraField() => ExtraField(DefaultExtraFieldPath, DefaultExtraFieldValue);

    /// <summary>
    /// Acts normally, but the success answer carries the field <paramref name="path"/>, which its schema
    /// does not list, with <paramref name="value"/>: in each object the path leads to.
    /// </summary>
    /// <param name="path">The new field, e.g. <c>recording</c> or <c>participants[].role</c>; its parent must be an object of the schema.</param>
    /// <param name="value">Its value; null for JSON null.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is not a field path.</exception>
    public static SimulatedFault ExtraField(string path, JsonNode? value) =>
        new ExtraFieldFault(FieldPath.Parse(path, nameof(path)), value?.ToJsonString() ?? "null");

    /// <summary>
    /// Acts normally, but the enum field at <paramref name="path"/> of the success answer holds
    /// <paramref name="value"/>, which the spec does not list (set even where the answer left it out).
    /// </summary>
    /// <param name="path">An enum of the answer's schema, e.g. <c>state</c>.</param>
    /// <param name="value">A value the spec does not list for it, e.g. <c>lobby</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is not a field path.</exception>
    public static SimulatedFault UnknownEnumValue(string path, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new UnknownEnumValueFault(FieldPath.Parse(path, nameof(path)), value);
    }

    /// <summary>
    /// Answers a status the spec does not document for the operation. A 2xx carries the operation out and
    /// answers with its usual body; any other status leaves everything as it was and answers a Webex error
    /// body. 204, 205 and 304 never have a body.
    /// </summary>
    /// <param name="status">From 200 to 599, e.g. 202 or 418.</param>
    /// <param name="emptyBody">Answer with no body at all.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not from 200 to 599.</exception>
    public static SimulatedFault UndocumentedStatus(int status, bool emptyBody = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 200);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        return new UndocumentedStatusFault(status, emptyBody);
    }

    /// <summary>
    /// Acts normally, but the success answer lacks the field at <paramref name="path"/>, one its schema
    /// lists (a required one, say): removed from each object the path leads to.
    /// </summary>
    /// <param name="path">A field of the answer's schema, e.g. <c>state</c> or <c>participants[].callId</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is not a field path.</exception>
    public static SimulatedFault MissingField(string path) => new MissingFieldFault(FieldPath.Parse(path, nameof(path)));

    /// <summary>A fault that makes an answer differ from the spec; it spoils only operations it fits.</summary>
    internal abstract record DriftFault : SimulatedFault
    {
        /// <summary>Why it cannot spoil this operation's answer, e.g. <c>the answer has no field x</c>; null when it can.</summary>
        public abstract string? Problem(SpecOperation operation);
    }

    /// <summary>A drift fault that changes one field of a success answer's body.</summary>
    internal abstract record FieldFault(FieldPath Path) : DriftFault
    {
        public sealed override string? Problem(SpecOperation operation)
        {
            if (operation.SuccessSchema is not { } schema)
            {
                return "the answer has no body";
            }

            return SchemaPath.Parent(schema, Path, out var problem) is { } parent ? FieldProblem(parent, SchemaPath.Property(parent, Path.Name)) : problem;
        }

        /// <summary>The body with the field changed in each object the path leads to.</summary>
        public string Applied(string body)
        {
            var answer = JsonNode.Parse(body);
            foreach (var parent in Path.Parents(answer))
            {
                Apply(parent);
            }

            return answer?.ToJsonString() ?? "null";
        }

        protected string NoSuchField => $"{Path.ParentText(Path.Steps.Count - 1)} has no field {Path.Name}";

        /// <param name="parent">The schema of the object that holds the field.</param>
        /// <param name="field">The field's schema; null when the spec does not list it.</param>
        protected abstract string? FieldProblem(IOpenApiSchema parent, IOpenApiSchema? field);

        protected abstract void Apply(JsonObject parent);
    }

    // The value is kept as JSON text, so the fault stays immutable and compares by value.
    internal sealed record ExtraFieldFault(FieldPath Path, string Value) : FieldFault(Path)
    {
        protected override string? FieldProblem(IOpenApiSchema parent, IOpenApiSchema? field) =>
            field is null ? null : $"{Path} is a field of the spec; an extra field is one it does not list";

        protected override void Apply(JsonObject parent) => parent[Path.Name] = JsonNode.Parse(Value);
    }

    internal sealed record UnknownEnumValueFault(FieldPath Path, string Value) : FieldFault(Path)
    {
        protected override string? FieldProblem(IOpenApiSchema parent, IOpenApiSchema? field)
        {
            if (field is null)
            {
                return NoSuchField;
            }

            var listed = SchemaPath.EnumValues(field);
            return listed.Count == 0 ? $"{Path} is not an enum"
                : listed.Any(known => JsonNode.DeepEquals(known, JsonValue.Create(Value))) ? $"{Value} is a value the spec lists for {Path}"
                : null;
        }

        protected override void Apply(JsonObject parent) => parent[Path.Name] = Value;
    }

    internal sealed record MissingFieldFault(FieldPath Path) : FieldFault(Path)
    {
        protected override string? FieldProblem(IOpenApiSchema parent, IOpenApiSchema? field) => field is null ? NoSuchField : null;

        protected override void Apply(JsonObject parent) => parent.Remove(Path.Name);
    }

    internal sealed record UndocumentedStatusFault(int Status, bool EmptyBody) : DriftFault
    {
        /// <summary>Whether the operation is carried out, as it would be for a success.</summary>
        public bool IsSuccess => Status is >= 200 and < 300;

        /// <summary>Whether HTTP lets this status carry a body at all.</summary>
        public bool HasBody => !EmptyBody && Status is not (204 or 205 or 304);

        public override string? Problem(SpecOperation operation) =>
            operation.Documents(Status) ? $"the spec documents {Status}" : null;
    }
}
