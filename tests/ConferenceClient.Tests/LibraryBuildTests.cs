using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using NUnit.Framework;

namespace Webex.Calling.Conference.Tests;

// The tests run twice in CI: against the net10.0 build and against the netstandard2.0 build, on the
// same runtime. This says which one a run loaded, so a pass cannot test the other build unawares.
public class LibraryBuildTests
{
    [Test]
    public void The_tests_run_against_the_library_build_they_were_built_for()
    {
        var wanted = typeof(LibraryBuildTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ConferenceLibraryTarget").Value;
        var loaded = typeof(ConferenceControlsClient).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;

        Assert.That(loaded, Is.EqualTo(wanted == "netstandard2.0" ? ".NETStandard,Version=v2.0" : ".NETCoreApp,Version=v10.0"));
    }
}
