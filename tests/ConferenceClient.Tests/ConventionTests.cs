using System;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Webex.Calling.Conference.Tests;

/// <summary>Rules the public surface keeps, whatever the spec or the generator produce.</summary>
public class ConventionTests
{
    private static readonly Type[] ClientTypes = [typeof(ConferenceControlsClient), typeof(IConferenceControlsClient), typeof(IConferenceControls), typeof(IConferenceMemberClient), typeof(IConferenceMeClient)];

    [Test]
    public void Every_public_async_method_takes_a_cancellation_token_last()
    {
        var methods = ClientTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType))
            .ToList();

        Assert.That(methods, Has.Count.GreaterThanOrEqualTo(20));
        Assert.That(methods.Where(m => m.GetParameters().LastOrDefault()?.ParameterType != typeof(CancellationToken)).Select(m => m.Name), Is.Empty);
    }

    [Test]
    public void Every_operation_of_the_spec_is_public_on_the_interface_of_its_scope()
    {
        static string[] MethodsOf(Type type) => [.. type.GetInterfaces().Append(type).SelectMany(i => i.GetMethods()).Select(m => m.Name)];
        var missing = new System.Collections.Generic.List<string>();
        foreach (var operation in ConferenceOperations.All.Select(o => o.Name))
        {
            var (scope, name) = operation.EndsWith("ForMember", StringComparison.Ordinal) ? (typeof(IConferenceMemberClient), operation[..^"ForMember".Length])
                : operation.EndsWith("ForMe", StringComparison.Ordinal) ? (typeof(IConferenceMeClient), operation[..^"ForMe".Length])
                : (typeof(IConferenceControlsClient), operation);
            if (!MethodsOf(scope).Contains(name + "Async"))
            {
                missing.Add($"{scope.Name}.{name}Async");
            }
        }

        Assert.That(ConferenceOperations.All, Has.Count.GreaterThanOrEqualTo(36));
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Every_operation_method_documents_each_exception_a_call_can_end_with()
    {
        var documentation = System.Xml.Linq.XDocument.Load(System.IO.Path.ChangeExtension(typeof(ConferenceControlsClient).Assembly.Location, ".xml"));
        string[] thrown = ["T:Webex.Calling.Conference.ConferenceApiException", "T:System.Net.Http.HttpRequestException", "T:System.TimeoutException", "T:System.OperationCanceledException"];
        var declaring = new[] { typeof(IConferenceControls), typeof(IConferenceControlsClient), typeof(IConferenceMemberClient), typeof(IConferenceMeClient) };
        var interfaces = declaring.Select(t => $"M:{t.FullName}.").ToArray();
        var declared = declaring.Sum(t => t.GetMethods().Count(m => typeof(Task).IsAssignableFrom(m.ReturnType)));
        var methods = documentation.Descendants("member")
            .Where(m => (string?)m.Attribute("name") is { } name && interfaces.Any(name.StartsWith) && name.Contains("Async(", StringComparison.Ordinal))
            .ToList();

        var lacking = methods
            .Select(m => (Name: (string)m.Attribute("name")!, Documented: m.Elements("exception").Select(e => (string?)e.Attribute("cref")).ToArray()))
            .Where(m => thrown.Any(t => !m.Documented.Contains(t)))
            .Select(m => m.Name);

        Assert.That(methods, Has.Count.EqualTo(declared).And.Count.GreaterThanOrEqualTo(20));
        Assert.That(lacking, Is.Empty);
    }

    [Test]
    public void The_generated_wire_methods_stay_out_of_the_public_surface()
    {
        var publicNames = typeof(ConferenceControlsClient).GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(m => m.Name);

        Assert.That(publicNames.Where(n => n.EndsWith("CoreAsync", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void Every_enum_of_the_spec_is_an_extensible_struct_that_both_serializers_read_by_its_type()
    {
        var enums = typeof(ConferenceState).Assembly.GetExportedTypes()
            .Where(t => t.GetProperty("DocumentedValues", BindingFlags.Public | BindingFlags.Static) is not null)
            .ToList();

        Assert.That(enums, Is.SupersetOf(new[] { typeof(ConferenceState), typeof(ConferenceType) }));
        foreach (var type in enums)
        {
            Assert.That(type.IsValueType && !type.IsEnum, Is.True, type.Name);
            Assert.That(type.GetCustomAttribute<Newtonsoft.Json.JsonConverterAttribute>(), Is.Not.Null, type.Name);
            Assert.That(type.GetCustomAttribute<System.Text.Json.Serialization.JsonConverterAttribute>(), Is.Not.Null, type.Name);
        }
    }

    [Test]
    public void Models_have_no_helper_properties_beside_the_wire_fields()
    {
        var models = typeof(ConferenceDetails).Assembly.GetExportedTypes().Where(t => t.GetProperty("AdditionalProperties") is not null);

        var helpers = models.SelectMany(t => t.GetProperties())
            .Where(p => p.Name.EndsWith("RawValue", StringComparison.Ordinal) || p.Name.StartsWith("ShouldSerialize", StringComparison.Ordinal))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        Assert.That(helpers, Is.Empty);
    }

    [Test]
    public void Every_enum_value_is_named_in_pascal_case_from_its_wire_value()
    {
        var enums = typeof(ConferenceState).Assembly.GetExportedTypes()
            .Where(t => t.IsValueType && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Serialization.IWireEnum<>)))
            .ToList();
        var wrong = new System.Collections.Generic.List<string>();
        foreach (var type in enums)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == type))
            {
                var wire = property.GetValue(null)!.ToString()!;
                if (property.Name.Contains('_') || property.Name.Contains('-') || !char.IsUpper(property.Name[0]) || property.Name != PascalCase(wire))
                {
                    wrong.Add($"{type.Name}.{property.Name} for {wire}");
                }
            }
        }

        Assert.That(enums, Is.SupersetOf(new[] { typeof(ConferenceState), typeof(ConferenceType) }));
        Assert.That(wrong, Is.Empty);
        Assert.That(new[] { ConferenceState.Connected, ConferenceState.Held, ConferenceState.Disconnected }.Select(v => v.ToString()), Is.EqualTo(new[] { "connected", "held", "disconnected" }));
        Assert.That(new[] { ConferenceType.BargeIn, ConferenceType.SilentMonitoring, ConferenceType.Coaching }.Select(v => v.ToString()), Is.EqualTo(new[] { "bargeIn", "silentMonitoring", "coaching" }));
    }

    [TestCase("LOBBY", "Lobby")]
    [TestCase("DESK_PHONE", "DeskPhone")]
    [TestCase("desk-phone", "DeskPhone")]
    [TestCase("bargeIn", "BargeIn")]
    [TestCase("silent_monitoring", "SilentMonitoring")]
    [TestCase("HTTP2_ONLY", "Http2Only")]
    public void The_naming_rule(string wire, string name) => Assert.That(PascalCase(wire), Is.EqualTo(name));

    [Test]
    public void Every_pattern_of_the_spec_compiles_as_an_ecmascript_regex()
    {
        // The generated client holds the spec's patterns in static fields: a pattern .NET refuses fails here, not at a caller's first call.
        Assert.DoesNotThrow(() => System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(ConferenceControlsClient).TypeHandle));
    }

    // Enum.Name.liquid's rule: words split at _ and -, a word all in capitals lowered, each word capitalised.
    private static string PascalCase(string wire) =>
        string.Concat(wire.Split('_', '-').Where(w => w.Length > 0).Select(w =>
        {
            var word = w.Any(char.IsLower) ? w : w.ToLowerInvariant();
            return char.ToUpperInvariant(word[0]) + word[1..];
        }));
}
