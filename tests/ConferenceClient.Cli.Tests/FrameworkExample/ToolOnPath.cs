using System;
using System.IO;
using NUnit.Framework;

namespace Webex.Calling.Conference.Cli.Tests.FrameworkExample;

// The README's fixture starts `webex-conference` from PATH, as a user who installed the tool would.
// Here that name runs the tool this test project built: a shim on PATH for the example's namespace,
// set up before the example's own fixture (NUnit runs the outer namespace's first).
[SetUpFixture]
public class ToolOnPath
{
    private string? _directory;
    private string? _path;

    [OneTimeSetUp]
    public void PutToolOnPath()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("The shim is a shell script.");
            return;
        }

        _directory = Directory.CreateTempSubdirectory("webex-conference-").FullName;
        var tool = Path.Combine(TestContext.CurrentContext.TestDirectory, "Webex.Calling.Conference.Cli.dll");
        var shim = Path.Combine(_directory, "webex-conference");
        File.WriteAllText(shim, $"#!/bin/sh\nexec dotnet \"{tool}\" \"$@\"\n");
        File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _path = Environment.GetEnvironmentVariable("PATH");
        Environment.SetEnvironmentVariable("PATH", _directory + Path.PathSeparator + _path);
    }

    [OneTimeTearDown]
    public void RestorePath()
    {
        Environment.SetEnvironmentVariable("PATH", _path);
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
