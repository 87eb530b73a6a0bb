using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;

namespace Webex.Calling.Conference.Cli.Tests;

// The multicore JIT profile the tool keeps per command, run as users run it: in its own process, with
// the cache folder moved into a folder of the test's own.
[NonParallelizable]
public class StartupProfileTests
{
    private DirectoryInfo _cache = null!;

    private string ProfileFolder => Path.Combine(_cache.FullName, StartupProfile.FolderName);

    [SetUp]
    public void CreateCacheFolder() => _cache = Directory.CreateTempSubdirectory("webex-jit-profile-");

    [TearDown]
    public void DeleteCacheFolder() => _cache.Delete(recursive: true);

    [Test]
    public async Task Each_command_keeps_a_profile_of_its_own_which_its_alias_shares()
    {
        // The runtime plays and records profiles only with a second core to compile on.
        Assume.That(Environment.ProcessorCount, Is.GreaterThanOrEqualTo(2));

        await RunAsync(["--help"]);
        await RunAsync(["show", "--simulator"]);
        await RunAsync(["get-conference-details", "--simulator"]);
        await RunAsync(["demo"]);

        Assert.That(ProfileNames(), Is.EquivalentTo(new[] { "demo.jitprofile", "get-conference-details.jitprofile", "help.jitprofile" }));
        Assert.That(Directory.GetFiles(ProfileFolder).Select(f => new FileInfo(f).Length), Has.All.GreaterThan(0));
    }

    [Test]
    public async Task A_first_word_that_names_no_command_never_names_a_file()
    {
        Assume.That(Environment.ProcessorCount, Is.GreaterThanOrEqualTo(2));
        const string Mistyped = "sk-abc123secret";

        var (exitCode, _, stderr) = await RunAsync([Mistyped]);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(stderr, Does.Contain("has no command"));
        Assert.That(ProfileNames(), Is.EqualTo(new[] { "other.jitprofile" }));
    }

    [Test]
    public async Task Set_to_0_the_tool_keeps_no_profile()
    {
        var (exitCode, stdout, _) = await RunAsync(["--help"], new Dictionary<string, string> { [StartupProfile.Variable] = "0" });

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(stdout, Does.Contain(StartupProfile.Variable));
        Assert.That(Directory.Exists(ProfileFolder), Is.False);
    }

    [Test]
    public async Task A_cache_folder_that_cannot_be_made_leaves_the_command_as_it_was()
    {
        // The cache path is a file: no folder can be made under it.
        var file = Path.Combine(_cache.FullName, "not-a-folder");
        await File.WriteAllTextAsync(file, "x");

        var (exitCode, stdout, stderr) = await RunAsync(["show", "--simulator"], new Dictionary<string, string> { ["XDG_CACHE_HOME"] = file });

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(stdout, Does.StartWith("state: connected"));
    }

    [Test]
    public void The_cache_folder_follows_the_XDG_rules_on_Linux()
    {
        Assume.That(OperatingSystem.IsLinux());
        string? Read(string name, Dictionary<string, string> variables) => variables.GetValueOrDefault(name);

        Assert.Multiple(() =>
        {
            Assert.That(
                StartupProfile.FolderOf(n => Read(n, new() { ["HOME"] = "/home/ann", ["XDG_CACHE_HOME"] = "/var/cache/ann" })),
                Is.EqualTo("/var/cache/ann/webex-conference"));
            Assert.That(StartupProfile.FolderOf(n => Read(n, new() { ["HOME"] = "/home/ann" })), Is.EqualTo("/home/ann/.cache/webex-conference"));
            // A relative $XDG_CACHE_HOME is to be ignored; a relative or missing HOME leaves no cache folder.
            Assert.That(
                StartupProfile.FolderOf(n => Read(n, new() { ["HOME"] = "/home/ann", ["XDG_CACHE_HOME"] = "cache" })),
                Is.EqualTo("/home/ann/.cache/webex-conference"));
            Assert.That(StartupProfile.FolderOf(n => Read(n, new() { ["HOME"] = "home" })), Is.Null);
            Assert.That(StartupProfile.FolderOf(n => Read(n, new())), Is.Null);
        });
    }

    private string[] ProfileNames() =>
        Directory.Exists(ProfileFolder) ? [.. Directory.GetFiles(ProfileFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!] : [];

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string[] args, Dictionary<string, string>? environment = null)
    {
        environment ??= [];
        environment.TryAdd("XDG_CACHE_HOME", _cache.FullName);
        using var tool = ToolProcess.Start(args, environment);
        var stdout = tool.StandardOutput.ReadToEndAsync();
        var stderr = tool.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await tool.WaitForExitAsync(patience.Token);
        return (tool.ExitCode, await stdout, await stderr);
    }
}
