using System;
using System.IO;
using System.Reflection;
using System.Runtime.Versioning;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Webex.Calling.Conference;
using Webex.Calling.Conference.Benchmarks;

// dotnet run -c Release --project tests/ConferenceClient.Benchmarks -- --filter '*' --job short --inProcess
// dotnet run -c Release --project tests/ConferenceClient.Benchmarks -- paired --callers 128
// dotnet run -c Release --project tests/ConferenceClient.Benchmarks -- startup
// dotnet run -c Release --project tests/ConferenceClient.Benchmarks -- percall --operation get
// Which build of the library ran (-p:ConferenceLibraryTarget=netstandard2.0 or the default net10.0).
var library = typeof(ConferenceControlsClient).Assembly;
Console.WriteLine(
    $"Library build: {library.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName ?? "unknown"}, on .NET {Environment.Version}");
if (args is ["paired" or "startup" or "percall", ..])
{
    return await new System.CommandLine.RootCommand("Interleaved rounds of the client against the hand-written call; the tool's start-up.")
    {
        PairedRounds.Command(), StartupTimes.Command(), PerCallTimes.Command(),
    }.Parse(args).InvokeAsync();
}

// Reports go beside the binaries (bin/…/BenchmarkDotNet.Artifacts), not into the working folder.
var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;
