using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Webex.Calling.Conference.Cli.Tests.Support;

/// <summary>The tool as users run it: its own process, built next to these tests, and the signals a terminal sends it.</summary>
internal static class ToolProcess
{
    private static readonly string[] WebexVariables = ["WEBEX_ACCESS_TOKEN", "WEBEX_BASE_URL", "WEBEX_TIMEOUT", "WEBEX_MAX_RETRIES"];

    /// <summary>Starts the tool with its streams redirected, without the machine's WEBEX_* variables and with <paramref name="environment"/>.</summary>
    public static Process Start(string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var tool = Path.Combine(TestContext.CurrentContext.TestDirectory, "Webex.Calling.Conference.Cli.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        // A test run started in the background of a shell without job control inherits SIGINT ignored, and
        // so would the tool, as nohup wants it: env gives the tool the default handling a terminal gives it.
        var start = new ProcessStartInfo(OperatingSystem.IsLinux() ? "env" : dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (OperatingSystem.IsLinux())
        {
            start.ArgumentList.Add("--default-signal=INT,TERM");
            start.ArgumentList.Add(dotnet);
        }

        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var variable in WebexVariables)
        {
            start.Environment.Remove(variable);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>Sends a signal (<c>INT</c> as Ctrl+C does, <c>TERM</c> as a service manager does) with kill, which Windows does not have.</summary>
    public static async Task SignalAsync(Process tool, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", tool.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }
}
