using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;

namespace Webex.Calling.Conference.Cli.Tests;

// simulator serve in its own process under a flood of requests without the token, each with a body near
// the 64 KiB the simulator takes: its journal stays within its default limits and its memory with it.
public class SimulatorServeFloodTests
{
    private const int Flood = 2000;
    private const int BodyBytes = 60 * 1024;

    // Far under what the flood's bodies would take if the journal kept them (2,000 x 120 KB as strings),
    // far over what the simulator needs: a journal without bounds runs out of heap, a bounded one never nears it.
    private const long HeapLimitBytes = 160L * 1024 * 1024;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Test]
    public async Task A_flood_without_the_token_leaves_the_journal_within_its_limits_and_a_reset_empties_it()
    {
        using var patience = new CancellationTokenSource(Patience);
        using var tool = ToolProcess.Start(
            ["simulator", "serve", "--json", "--token", "t"],
            new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = $"0x{HeapLimitBytes:X}" });
        var stderr = tool.StandardError.ReadToEndAsync(patience.Token);
        var line = JsonLines.Of(await tool.StandardOutput.ReadLineAsync(patience.Token) ?? string.Empty).Single();
        var (baseUrl, control) = (new Uri((string)line["baseUrl"]!), new Uri((string)line["control"]!));
        using var anonymous = new HttpClient();
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "t");
        var body = "{\"callIds\":[\"" + new string('c', BodyBytes) + "\"]}";
        var before = MegabytesOf(tool);

        var statuses = new List<int>();
        for (var i = 0; i < Flood; i++)
        {
            using var refused = await anonymous.PostAsync(new Uri(baseUrl, "telephony/conference"), new StringContent(body, Encoding.UTF8, "application/json"), patience.Token);
            statuses.Add((int)refused.StatusCode);
        }

        var afterFlood = MegabytesOf(tool);
        TestContext.Out.WriteLine($"working set: {before} MB before, {afterFlood} MB after {Flood} requests");
        using var read = await http.GetAsync(new Uri(control, "requests"), patience.Token);
        var journal = JsonNode.Parse(await read.Content.ReadAsStringAsync(patience.Token))!.AsArray();
        var dropped = read.Headers.GetValues("Dropped-Requests").Single();
        using var reset = await http.PostAsync(new Uri(control, "reset"), null, patience.Token);
        var afterReset = await http.GetStringAsync(new Uri(control, "requests"), patience.Token);
        var afterResetMegabytes = MegabytesOf(tool);
        await ToolProcess.SignalAsync(tool, "TERM");
        await tool.WaitForExitAsync(patience.Token);

        TestContext.Out.WriteLine($"working set: {afterResetMegabytes} MB after reading the journal and a reset");
        Assert.Multiple(async () =>
        {
            Assert.That(statuses, Is.All.EqualTo(401), "each one answered, none a 500 of a heap run out");
            Assert.That(journal, Has.Count.EqualTo(1000), "the default JournalLimit");
            Assert.That(dropped, Is.EqualTo($"{Flood - 1000}"));
            Assert.That(journal.Select(r => Encoding.UTF8.GetByteCount((string)r!["body"]!)), Is.All.EqualTo(4096), "the default JournalBodyLimit");
            Assert.That(journal.Select(r => (bool)r!["bodyTruncated"]!), Is.All.True);
            Assert.That(((int)reset.StatusCode, afterReset), Is.EqualTo((204, "[]")));
            Assert.That(afterFlood - before, Is.LessThan(HeapLimitBytes / 1024 / 1024), "the process grew by less than the heap a full journal would need");
            Assert.That((tool.ExitCode, await stderr), Is.EqualTo((ExitCodes.Success, string.Empty)));
        });
    }

    private static long MegabytesOf(Process process)
    {
        process.Refresh();
        return process.WorkingSet64 / 1024 / 1024;
    }
}
