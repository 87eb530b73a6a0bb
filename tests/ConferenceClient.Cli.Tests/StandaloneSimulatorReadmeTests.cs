using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;

namespace Webex.Calling.Conference.Cli.Tests;

// The README's "The standalone simulator": its serve command and the line it prints, and its curl block
// run with bash against that server (at the port it got rather than 5123, which may be taken).
public partial class StandaloneSimulatorReadmeTests
{
    private const string Section = "### The standalone simulator";
    private const string ReadmePort = "5123";

    [Test]
    public async Task The_serve_command_prints_the_line_the_readme_shows()
    {
        var (args, printed) = ServeExample();

        await using var tool = await ServingTool.StartAsync(args);

        Assert.That(tool.Line, Is.EqualTo(printed.Replace($"127.0.0.1:{ReadmePort}", $"127.0.0.1:{PortOf(tool.Line)}", StringComparison.Ordinal)));
    }

    [Test]
    public async Task The_curl_block_runs_as_written_and_ends_with_no_conference()
    {
        if (FindOnPath("curl") is null || FindOnPath("bash") is null)
        {
            Assert.Ignore("curl and bash run the README's block; this machine lacks one.");
        }

        var (args, _) = ServeExample();
        await using var tool = await ServingTool.StartAsync(args);
        var token = Regex.Match(tool.Line, @"token: (\S+)").Groups[1].Value;
        var script = CurlBlock()
            .Replace($"http://127.0.0.1:{ReadmePort}", $"http://127.0.0.1:{PortOf(tool.Line)}", StringComparison.Ordinal)
            .Replace("Bearer sim-token", $"Bearer {token}", StringComparison.Ordinal);

        var (exitCode, stdout, stderr) = await BashAsync(script);
        var answers = JsonValuesOf(stdout);

        // -e: the first curl that fails (no server, a refused connection) ends the script with its exit code.
        Assert.That(exitCode, Is.EqualTo(0), stderr);
        Assert.That(answers.Select(a => a.ValueKind), Is.EqualTo(new[]
        {
            JsonValueKind.Object, JsonValueKind.Object, JsonValueKind.Object, JsonValueKind.Object, JsonValueKind.Object, JsonValueKind.Array,
        }), stdout);
        Assert.Multiple(() =>
        {
            Assert.That(answers[0].GetRawText(), Is.EqualTo("""{"callId":"c4","lineOwnerId":null,"memberId":null}"""));
            Assert.That(answers[1].GetRawText(), Is.EqualTo("""{"callId":"c1","lineOwnerId":null,"memberId":"agent-7"}"""));
            Assert.That(answers[2].GetProperty("description").GetString(), Is.EqualTo("RateLimited(Retry-After 2 s) on Mute"));
            Assert.That(answers[3].GetProperty("message").GetString(), Is.EqualTo("Injected fault: 429."));
            Assert.That(answers[4].GetRawText(), Is.EqualTo("{}"), "c2 hung up: the conference ended");
            Assert.That(answers[5].EnumerateArray().Select(r => (r.GetProperty("operation").GetString(), r.GetProperty("status").GetInt32())),
                Is.EqualTo(new (string?, int)[] { ("startConference", 204), ("mute", 429), ("mute", 204) }));
        });
        var result = await tool.StopAsync();
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((ExitCodes.Success, string.Empty)));
    }

    // The command line after "--" and the line shown under it.
    private static (string[] Args, string Printed) ServeExample()
    {
        var block = BashBlocks().Single(b => b.Contains(" simulator serve ", StringComparison.Ordinal));
        var lines = block.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var args = lines[0][(lines[0].IndexOf(" -- ", StringComparison.Ordinal) + 4)..].Split(' ');
        Assert.That(args, Does.Contain(ReadmePort), "the README serves on a port of its own; the test takes any free one");
        return ([.. args.Select(a => a == ReadmePort ? "0" : a)], lines[1].TrimStart('#', ' '));
    }

    private static string CurlBlock() => BashBlocks().Single(b => b.StartsWith("SIM=", StringComparison.Ordinal));

    private static string[] BashBlocks()
    {
        var readme = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Section, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"README.md has no '{Section}'");
        // Up to the next heading; a "# " line inside a code block is a comment, not a heading.
        var next = NextHeading().Match(readme, start + Section.Length);
        var section = readme[start..(next.Success ? next.Index : readme.Length)];
        return [.. BashBlock().Matches(section).Select(m => m.Groups["code"].Value)];
    }

    private static string PortOf(string line) => Regex.Match(line, @"127\.0\.0\.1:(\d+)/").Groups[1].Value;

    private static JsonElement[] JsonValuesOf(string stream)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(stream), new JsonReaderOptions { AllowMultipleValues = true });
        var values = new System.Collections.Generic.List<JsonElement>();
        while (reader.Read())
        {
            using var document = JsonDocument.ParseValue(ref reader);
            values.Add(document.RootElement.Clone());
        }

        return [.. values];
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> BashAsync(string script)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-e", "-c", script })
        {
            start.ArgumentList.Add(arg);
        }

        using var bash = Process.Start(start)!;
        var stdout = bash.StandardOutput.ReadToEndAsync(patience.Token);
        var stderr = bash.StandardError.ReadToEndAsync(patience.Token);
        await bash.WaitForExitAsync(patience.Token);
        return (bash.ExitCode, await stdout, await stderr);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);

    [GeneratedRegex("\n##+ ")]
    private static partial Regex NextHeading();

    [GeneratedRegex("```bash\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();
}
