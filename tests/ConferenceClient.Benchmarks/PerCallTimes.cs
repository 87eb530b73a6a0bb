using System;
using System.CommandLine;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Benchmarks;

/// <summary>
/// One caller, one call at a time, each call timed on its own: the client and the hand-written
/// Newtonsoft.Json call alternate call by call (the order swapped each pair) on one loopback server.
/// It prints the ratio of the medians and the ratio of the means, with each side's tail: where the
/// two verdicts differ, one side has the heavier tail (the paired rounds and BenchmarkDotNet report
/// means of batches, so they side with the mean).
/// </summary>
internal static class PerCallTimes
{
    // Rounds of the block timings (--blocks), each contender's block once per round, the order swapped each round.
    private const int BlockRounds = 40;

    public static Command Command()
    {
        var calls = new Option<int>("--calls") { Description = "Timed calls of each contender.", DefaultValueFactory = _ => 10_000 };
        // 10,000 untimed pairs left the client's code still being tiered up (GET 1.08-1.14); from 20,000 on it reads steady.
        var warmup = new Option<int>("--warmup") { Description = "Untimed calls of each contender first.", DefaultValueFactory = _ => 30_000 };
        var operation = new Option<string>("--operation") { Description = "get (details, 3 participants) or start (a JSON body out, 204 back).", DefaultValueFactory = _ => "get" };
        operation.AcceptOnlyFromAmong("get", "start");
        var attemptTimeoutOff = new Option<bool>("--attempt-timeout-off") { Description = "Run the client with Timeout = Timeout.InfiniteTimeSpan: no timer per attempt." };
        var bare = new Option<bool>("--bare")
        {
            Description = "Run the client on a plain HttpClient (the token and tracking ID as default headers), without its pipeline: the generated code's share of the gap.",
        };
        var ladder = new Option<bool>("--ladder")
        {
            Description = "GET only: the hand-written call with the client's duties added one at a time, then the client without and with its pipeline, each against the hand-written call.",
        };
        var blocks = new Option<int>("--blocks")
        {
            Description = $"Run blocks of this many calls of one contender ({BlockRounds} rounds, the order swapped each round), as paired and BenchmarkDotNet do, instead of alternating call by call: "
                + "each call still timed on its own, or with --ladder each block's mean.",
        };
        var command = new Command("percall", "The client against the hand-written call, one sequential call at a time, each timed (medians, means, tails).")
        {
            calls, warmup, operation, attemptTimeoutOff, bare, ladder, blocks,
        };
        command.SetAction(parseResult => parseResult.GetValue(ladder)
            ? RunLadderAsync(parseResult.GetValue(calls), parseResult.GetValue(warmup), parseResult.GetValue(blocks))
            : RunAsync(parseResult.GetValue(calls), parseResult.GetValue(warmup), parseResult.GetValue(operation)!, parseResult.GetValue(attemptTimeoutOff), parseResult.GetValue(bare), parseResult.GetValue(blocks)));
        return command;
    }

    private static async Task<int> RunAsync(int calls, int warmup, string operation, bool attemptTimeoutOff, bool bare, int blocks)
    {
        await using var server = await WebexLikeServer.StartAsync();
        using var handWritten = new HandWrittenCalls(server.BaseAddress, WebexLikeServer.Token);
        var options = new ConferenceClientOptions { AccessToken = WebexLikeServer.Token, BaseAddress = server.BaseAddress };
        if (attemptTimeoutOff)
        {
            options.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
        }

        using var plain = PlainHttpClient(server.BaseAddress);
        var client = bare ? new ConferenceControlsClient(plain) : new ConferenceControlsClient(options);
        string[] callIds = ["call-1", "call-2"];
        Func<Task> baseline = operation == "get" ? () => handWritten.GetWithNewtonsoftAsync("?lineOwnerId=p3") : () => handWritten.StartAsync(callIds);
        Func<Task> contender = operation == "get" ? () => client.GetConferenceDetailsAsync("p3") : () => client.StartConferenceAsync(callIds);

        double[] hand, ours;
        if (blocks > 0)
        {
            var inBlocks = await TimeInBlocksAsync(baseline, contender, blocks, warmup);
            (hand, ours) = (inBlocks.Baseline, inBlocks.Contender);
            Console.WriteLine($"{operation}, {BlockRounds} rounds of {blocks}-call blocks of each after {warmup} calls each, one at a time; microseconds per call");
            Console.WriteLine(
                $"the process's CPU time per call (client, server, runtime): hand-written {inBlocks.BaselineCpu:F1}, client {inBlocks.ContenderCpu:F1}, " +
                $"ratio {inBlocks.ContenderCpu / inBlocks.BaselineCpu:F3}");
        }
        else
        {
            (hand, ours) = await TimePairAsync(baseline, contender, calls, warmup);
            Console.WriteLine($"{operation}, {calls} calls each after {warmup}, one at a time; microseconds per call");
        }

        Console.WriteLine($"{"",26} {"p10",8} {"p25",8} {"median",8} {"mean",8} {"p90",8} {"p99",8}");
        Print("HttpClient+Newtonsoft", hand);
        Print("ConferenceControlsClient", ours);
        Console.WriteLine($"ratio of medians {Percentiles.Of(ours, 0.5) / Percentiles.Of(hand, 0.5):F3}, ratio of means {ours.Average() / hand.Average():F3}");
        return 0;
    }

    // Each step against the hand-written call in a pair of its own, alternating as percall does: steps
    // timed in one rotation would run warm after their neighbours, which share their code.
    private static async Task<int> RunLadderAsync(int calls, int warmup, int blocks)
    {
        await using var server = await WebexLikeServer.StartAsync();
        using var ladder = new DutyLadder(server.BaseAddress, WebexLikeServer.Token);
        using var plain = PlainHttpClient(server.BaseAddress);
        var bare = new ConferenceControlsClient(plain);
        var client = new ConferenceControlsClient(new ConferenceClientOptions { AccessToken = WebexLikeServer.Token, BaseAddress = server.BaseAddress });
        (string Name, Func<Task> Call)[] steps =
        [
            .. ladder.Steps("?lineOwnerId=p3"),
            ("client, no pipeline", () => bare.GetConferenceDetailsAsync("p3")),
            ("client", () => client.GetConferenceDetailsAsync("p3")),
        ];

        if (blocks > 0)
        {
            Console.WriteLine($"get, each step against {steps[0].Name} in its own pair: {BlockRounds} rounds of {blocks}-call blocks after {warmup} calls each");
            foreach (var (name, call) in steps.Skip(1))
            {
                var ratios = await TimeBlocksAsync(steps[0].Call, call, blocks, warmup);
                Console.WriteLine($"{name,26} median ratio of block means {Percentiles.Of(ratios, 0.5):F3} (middle half {Percentiles.Of(ratios, 0.25):F3}-{Percentiles.Of(ratios, 0.75):F3})");
            }

            return 0;
        }

        Console.WriteLine($"get, each step against {steps[0].Name} in its own pair: {calls} calls each after {warmup}, alternating; microseconds per call");
        Console.WriteLine($"{"",26} {"median",8} {"mean",8} {"p90",8} {"p99",8} {"median/hand",12} {"mean/hand",10}");
        foreach (var (name, call) in steps.Skip(1))
        {
            var (hand, step) = await TimePairAsync(steps[0].Call, call, calls, warmup);
            Console.WriteLine(
                $"{name,26} {Percentiles.Of(step, 0.5),8:F1} {step.Average(),8:F1} {Percentiles.Of(step, 0.9),8:F1} {Percentiles.Of(step, 0.99),8:F1} " +
                $"{Percentiles.Of(step, 0.5) / Percentiles.Of(hand, 0.5),12:F3} {step.Average() / hand.Average(),10:F3}");
        }

        return 0;
    }

    // The client's own HttpClient for --bare and the ladder: the token as a default header, no pipeline.
    private static System.Net.Http.HttpClient PlainHttpClient(Uri baseAddress)
    {
        var plain = new System.Net.Http.HttpClient { BaseAddress = baseAddress };
        plain.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + WebexLikeServer.Token);
        return plain;
    }

    // Blocks of one contender's calls, as paired and BenchmarkDotNet time them; the ratios of the rounds' block means, sorted.
    private static async Task<double[]> TimeBlocksAsync(Func<Task> baseline, Func<Task> contender, int block, int warmup)
    {
        await WarmUpAsync(baseline, contender, warmup);

        var ratios = new double[BlockRounds];
        for (var round = 0; round < ratios.Length; round++)
        {
            var (first, second) = round % 2 == 0 ? (baseline, contender) : (contender, baseline);
            var a = await PairedRounds.MeanTimeAsync(first, block);
            var b = await PairedRounds.MeanTimeAsync(second, block);
            ratios[round] = round % 2 == 0 ? b / a : a / b;
        }

        Array.Sort(ratios);
        return ratios;
    }

    // The two calls alternate, the order swapped each pair; each call timed on its own. Both arrays come back sorted.
    private static async Task<(double[] Baseline, double[] Contender)> TimePairAsync(Func<Task> baseline, Func<Task> contender, int calls, int warmup)
    {
        await WarmUpAsync(baseline, contender, warmup);

        var first = new double[calls];
        var second = new double[calls];
        for (var i = 0; i < calls; i++)
        {
            if (i % 2 == 0)
            {
                first[i] = await TimeAsync(baseline);
                second[i] = await TimeAsync(contender);
            }
            else
            {
                second[i] = await TimeAsync(contender);
                first[i] = await TimeAsync(baseline);
            }
        }

        Array.Sort(first);
        Array.Sort(second);
        return (first, second);
    }

    // Blocks of one contender's calls (the order swapped each round), each call timed on its own: where the
    // blocks' means differ from call-by-call alternation, this shows whether every call moved or only some.
    // The process's CPU time over each contender's blocks tells work from waiting: it moves with the time
    // per call where the extra is work, not where it is a later wake-up.
    private static async Task<BlockTimes> TimeInBlocksAsync(Func<Task> baseline, Func<Task> contender, int block, int warmup)
    {
        await WarmUpAsync(baseline, contender, warmup);

        var first = new double[BlockRounds * block];
        var second = new double[BlockRounds * block];
        var cpu = new double[2];
        for (var round = 0; round < BlockRounds; round++)
        {
            var order = round % 2 == 0 ? new[] { (baseline, first, 0), (contender, second, 1) } : [(contender, second, 1), (baseline, first, 0)];
            foreach (var (call, times, side) in order)
            {
                var cpuBefore = Environment.CpuUsage.TotalTime;
                for (var i = 0; i < block; i++)
                {
                    times[(round * block) + i] = await TimeAsync(call);
                }

                cpu[side] += (Environment.CpuUsage.TotalTime - cpuBefore).TotalMicroseconds;
            }
        }

        Array.Sort(first);
        Array.Sort(second);
        return new BlockTimes(first, second, cpu[0] / first.Length, cpu[1] / second.Length);
    }

    /// <summary>Each side's call times, sorted, and the process's CPU microseconds per call over its blocks.</summary>
    private sealed record BlockTimes(double[] Baseline, double[] Contender, double BaselineCpu, double ContenderCpu);

    private static async Task WarmUpAsync(Func<Task> baseline, Func<Task> contender, int pairs)
    {
        for (var i = 0; i < pairs; i++)
        {
            await baseline();
            await contender();
        }
    }

    private static void Print(string name, double[] sorted) =>
        Console.WriteLine(
            $"{name,26} {Percentiles.Of(sorted, 0.1),8:F1} {Percentiles.Of(sorted, 0.25),8:F1} {Percentiles.Of(sorted, 0.5),8:F1} {sorted.Average(),8:F1} " +
            $"{Percentiles.Of(sorted, 0.9),8:F1} {Percentiles.Of(sorted, 0.99),8:F1}");

    private static async Task<double> TimeAsync(Func<Task> call)
    {
        var start = Stopwatch.GetTimestamp();
        await call();
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }
}
