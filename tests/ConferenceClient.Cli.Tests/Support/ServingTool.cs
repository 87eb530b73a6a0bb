using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Webex.Calling.Conference.Cli.Tests.Support;

/// <summary>
/// <c>simulator serve</c> run in-process: started, its one line awaited, and stopped as Ctrl+C stops it.
/// </summary>
public sealed class ServingTool : IAsyncDisposable
{
    // Bounds the wait for the line, so a tool that never prints fails its test instead of hanging it.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly CancellationTokenSource _ctrlC = new();
    private readonly FirstLineWriter _stdout = new();
    private readonly StringWriter _stderr = new() { NewLine = "\n" };
    private readonly Task<int> _run;

    private ServingTool(string[] args, IDictionary<string, string?> environment) =>
        _run = ConferenceCli.RunAsync(args, _stdout, _stderr, environment, cancellationToken: _ctrlC.Token);

    /// <summary>The line it printed once it listened.</summary>
    public string Line { get; private set; } = string.Empty;

    /// <summary>Starts the tool with these arguments (and no environment but <paramref name="environment"/>) and waits for its line.</summary>
    public static async Task<ServingTool> StartAsync(string[] args, IDictionary<string, string?>? environment = null)
    {
        var tool = new ServingTool(args, environment ?? new Dictionary<string, string?>());
        var first = await Task.WhenAny(tool._stdout.FirstLine, tool._run).WaitAsync(Patience);
        if (first == tool._run)
        {
            var result = await tool.StopAsync();
            Assert.Fail($"simulator serve ended with {result.ExitCode} before printing a line: {result.AllOutput}");
        }

        tool.Line = await tool._stdout.FirstLine;
        return tool;
    }

    /// <summary>Ctrl+C, then what the run left.</summary>
    public async Task<CliResult> StopAsync()
    {
        await _ctrlC.CancelAsync();
        var exitCode = await _run.WaitAsync(Patience);
        return new CliResult(exitCode, _stdout.ToString(), _stderr.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        if (!_run.IsCompleted)
        {
            await StopAsync();
        }

        _ctrlC.Dispose();
        await _stdout.DisposeAsync();
        await _stderr.DisposeAsync();
    }
}
