using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Benchmarks;

/// <summary>
/// How long a person waits for the tool: whole-process wall times of the installed webex-conference
/// (<c>--help</c>, and <c>show</c> against <c>simulator serve</c> on loopback) beside the process floor,
/// a .NET hello world, and beside the least a .NET program can do for <c>show</c>: a hand-written GET
/// of the same answer with HttpClient and Newtonsoft.Json, compiled ahead as the tool is. Without
/// <c>--tool</c> it packs the tool and installs it from that package into a folder of its own, as a user gets it.
/// </summary>
internal static class StartupTimes
{
    public static Command Command()
    {
        var runs = new Option<int>("--runs") { Description = "Timed runs of each command; the verdict is their median.", DefaultValueFactory = _ => 20 };
        var warmup = new Option<int>("--warmup") { Description = "Untimed runs of each command first (disk cache, tiered JIT's files).", DefaultValueFactory = _ => 3 };
        var tool = new Option<string?>("--tool") { Description = "An installed webex-conference to time, instead of packing and installing this repository's." };
        var command = new Command("startup", "Whole-process wall times of the installed tool's --help and show, and of a .NET hello world.")
        {
            runs, warmup, tool,
        };
        command.SetAction(parseResult => RunAsync(parseResult.GetValue(runs), parseResult.GetValue(warmup), parseResult.GetValue(tool)));
        return command;
    }

    private static async Task<int> RunAsync(int runs, int warmup, string? toolPath)
    {
        var work = Directory.CreateTempSubdirectory("webex-startup-");
        try
        {
            var tool = toolPath ?? await InstallToolAsync(work.FullName);
            // The tool's start-up profiles (see StartupProfile) in a cache folder of this run's own: the untimed
            // runs write them, as a user's first run of each command does.
            Environment.SetEnvironmentVariable("XDG_CACHE_HOME", Directory.CreateDirectory(Path.Combine(work.FullName, "cache")).FullName);
            var hello = await BuildHelloAsync(work.FullName);
            var handWritten = await BuildHandWrittenAsync(work.FullName);
            var handWrittenProfile = Directory.CreateDirectory(Path.Combine(work.FullName, "hand-written-profile")).FullName;
            using var serve = Start(tool, "simulator", "serve", "--json", "--calls", "call-1,call-2,call-3");
            var served = JsonDocument.Parse(await serve.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("simulator serve printed nothing")).RootElement;
            var (baseUrl, token) = (served.GetProperty("baseUrl").GetString()!, served.GetProperty("token").GetString()!);
            await RunOnceAsync(tool, "start", "call-1", "call-2", "--base-url", baseUrl, "--token", token);
            try
            {
                Console.WriteLine($"{runs} runs each after {warmup} untimed, interleaved, on {Environment.ProcessorCount} cores; tool: {tool}");
                string[] show = ["show", "--base-url", baseUrl, "--token", token];
                await TimeAsync(runs, warmup,
                [
                    new("process floor: dotnet hello.dll", "dotnet", [hello]),
                    new("hand-written GET (HttpClient + Newtonsoft.Json, ReadyToRun)", "dotnet", [handWritten, baseUrl, token]),
                    new("hand-written GET, with a start-up profile as the tool's", "dotnet", [handWritten, baseUrl, token, handWrittenProfile]),
                    new("webex-conference --help", tool, ["--help"]),
                    new("webex-conference --help, WEBEX_JIT_PROFILE=0", tool, ["--help"], WithoutProfile: true),
                    new("webex-conference show (simulator serve on loopback)", tool, show),
                    new("webex-conference show, WEBEX_JIT_PROFILE=0", tool, show, WithoutProfile: true),
                ]);
            }
            finally
            {
                serve.Kill(entireProcessTree: true);
            }

            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    // Each run times every command once, the order turned by one each run, so a machine that slows down
    // for a while slows them all alike.
    private static async Task TimeAsync(int runs, int warmup, IReadOnlyList<Contender> contenders)
    {
        foreach (var contender in contenders)
        {
            for (var i = 0; i < warmup; i++)
            {
                await RunOnceAsync(contender.Start());
            }
        }

        var seconds = contenders.Select(_ => new double[runs]).ToArray();
        for (var i = 0; i < runs; i++)
        {
            for (var k = 0; k < contenders.Count; k++)
            {
                var which = (i + k) % contenders.Count;
                var watch = Stopwatch.StartNew();
                await RunOnceAsync(contenders[which].Start());
                seconds[which][i] = watch.Elapsed.TotalSeconds;
            }
        }

        for (var k = 0; k < contenders.Count; k++)
        {
            var sorted = seconds[k].Order().ToArray();
            Console.WriteLine(
                $"{contenders[k].Label}: median {Percentiles.Of(sorted, 0.5):0.000} s (middle half {Percentiles.Of(sorted, 0.25):0.000}-{Percentiles.Of(sorted, 0.75):0.000}, range {sorted[0]:0.000}-{sorted[^1]:0.000})");
        }
    }

    /// <summary>A command to time; <paramref name="WithoutProfile"/> runs the tool with its start-up profile off.</summary>
    private sealed record Contender(string Label, string File, string[] Arguments, bool WithoutProfile = false)
    {
        public ProcessStartInfo Start()
        {
            var start = new ProcessStartInfo(File, Arguments);
            if (WithoutProfile)
            {
                start.Environment["WEBEX_JIT_PROFILE"] = "0";
            }

            return start;
        }
    }

    // The tool as a user installs it: packed in Release, installed from that package alone, with a package
    // folder of its own so that an older package of the same version cannot stand in for it.
    private static async Task<string> InstallToolAsync(string work)
    {
        var root = RepositoryRoot();
        await RunOnceAsync("dotnet", "pack", Path.Combine(root, "src", "ConferenceClient.Cli", "ConferenceClient.Cli.csproj"), "-c", "Release", "-o", Path.Combine(work, "feed"), "--nologo", "-v:q");
        var install = new ProcessStartInfo("dotnet", ["tool", "install", "webex-conference", "--tool-path", Path.Combine(work, "tools"), "--add-source", Path.Combine(work, "feed")]);
        install.Environment["NUGET_PACKAGES"] = Path.Combine(work, "packages");
        await RunOnceAsync(install);
        return Path.Combine(work, "tools", OperatingSystem.IsWindows() ? "webex-conference.exe" : "webex-conference");
    }

    // The floor every .NET command pays: the host, the runtime and a Main that prints one line.
    private static async Task<string> BuildHelloAsync(string work)
    {
        var project = Directory.CreateDirectory(Path.Combine(work, "hello")).FullName;
        await File.WriteAllTextAsync(Path.Combine(project, "hello.csproj"),
            """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""");
        await File.WriteAllTextAsync(Path.Combine(project, "Program.cs"), """System.Console.WriteLine("Hello, World!");""");
        await RunOnceAsync("dotnet", "build", project, "-c", "Release", "-o", Path.Combine(work, "hello-bin"), "--nologo", "-v:q");
        return Path.Combine(work, "hello-bin", "hello.dll");
    }

    // What show does, and no more: one GET of the conference with the token, read with Newtonsoft.Json
    // into a model of its own, a line per participant. Compiled ahead (ReadyToRun) for this platform as the
    // tool's package is, its Newtonsoft.Json the repository's version (Directory.Packages.props); given a
    // folder, it keeps a start-up profile there as the tool does (StartupProfile).
    private static async Task<string> BuildHandWrittenAsync(string work)
    {
        var project = Directory.CreateDirectory(Path.Combine(work, "hand-written")).FullName;
        await File.WriteAllTextAsync(Path.Combine(project, "handwritten.csproj"),
            """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
              <ItemGroup><PackageReference Include="Newtonsoft.Json" /></ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(project, "Program.cs"),
            """
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Runtime;
            using Newtonsoft.Json;

            if (args.Length > 2)
            {
                ProfileOptimization.SetProfileRoot(args[2]);
                ProfileOptimization.StartProfile("show.jitprofile");
            }

            using var http = new HttpClient { BaseAddress = new Uri(args[0]) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", args[1]);
            using var response = await http.GetAsync("telephony/conference");
            response.EnsureSuccessStatusCode();
            using var reader = new JsonTextReader(new StreamReader(await response.Content.ReadAsStreamAsync()));
            var details = new JsonSerializer().Deserialize<Details>(reader) ?? throw new InvalidDataException("no conference");
            Console.WriteLine($"state: {details.State}, host muted: {details.Muted}");
            foreach (var participant in details.Participants ?? [])
            {
                Console.WriteLine($"{participant.CallId} {participant.Muted} {participant.Deafened}");
            }

            sealed class Details
            {
                [JsonProperty("state")] public string? State { get; set; }
                [JsonProperty("muted")] public bool? Muted { get; set; }
                [JsonProperty("participants")] public List<Participant>? Participants { get; set; }
            }

            sealed class Participant
            {
                [JsonProperty("callId")] public string? CallId { get; set; }
                [JsonProperty("muted")] public bool? Muted { get; set; }
                [JsonProperty("deafened")] public bool? Deafened { get; set; }
            }
            """);
        await RunOnceAsync("dotnet", "publish", project, "-c", "Release", "-r", PortableRuntimeIdentifier(), "--self-contained", "false",
            "-p:PublishReadyToRun=true", $"-p:DirectoryPackagesPropsPath={Path.Combine(RepositoryRoot(), "Directory.Packages.props")}",
            "-o", Path.Combine(work, "hand-written-bin"), "--nologo", "-v:q");
        return Path.Combine(work, "hand-written-bin", "handwritten.dll");
    }

    // linux-x64 and the like: a runtime built by a distribution names its own RID, for which no runtime pack is published.
    private static string PortableRuntimeIdentifier() =>
        (OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux") + "-" + RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => "x64",
            Architecture.Arm64 => "arm64",
            Architecture.X86 => "x86",
            var other => throw new PlatformNotSupportedException($"no portable runtime identifier for {other}"),
        };

    private static Process Start(string file, params string[] arguments) =>
        Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{file} did not start");

    private static Task RunOnceAsync(string file, params string[] arguments) => RunOnceAsync(new ProcessStartInfo(file, arguments));

    private static async Task RunOnceAsync(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{start.FileName} {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}: {await errors}{await output}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ConferenceClient.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run from the repository's build: ConferenceClient.sln not found above " + AppContext.BaseDirectory);
    }
}
