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
    public void The_interface_has_every_operation_of_the_client()
    {
        var operations = new[]
        {
            "GetConferenceDetailsAsync", "StartConferenceAsync", "ReleaseConferenceAsync", "AddParticipantAsync", "MuteAsync",
            "UnmuteAsync", "DeafenParticipantAsync", "UndeafenParticipantAsync", "HoldAsync", "ResumeAsync",
        };

        var onInterface = typeof(IConferenceControlsClient).GetInterfaces().Append(typeof(IConferenceControlsClient)).SelectMany(i => i.GetMethods());
        var onMe = typeof(IConferenceMeClient).GetInterfaces().Append(typeof(IConferenceMeClient)).SelectMany(i => i.GetMethods());

        Assert.That(onInterface.Select(m => m.Name), Is.SupersetOf(operations));
        Assert.That(onMe.Select(m => m.Name), Is.SupersetOf(operations));
    }

    [Test]
    public void The_generated_wire_methods_stay_out_of_the_public_surface()
    {
        var publicNames = typeof(ConferenceControlsClient).GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(m => m.Name);

        Assert.That(publicNames.Where(n => n.EndsWith("CoreAsync", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void Every_enum_of_the_spec_has_an_unknown_member_outside_the_wire_values()
    {
        foreach (var enumType in new[] { typeof(ConferenceState), typeof(ConferenceType) })
        {
            Assert.That(Enum.GetNames(enumType), Does.Contain("Unknown"), enumType.Name);
            Assert.That(enumType.GetField("Unknown")!.GetCustomAttribute<System.Runtime.Serialization.EnumMemberAttribute>(), Is.Null);
        }
    }
}
