using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Benchmarks;

/// <summary>
/// The client against the hand-written Newtonsoft.Json call in interleaved rounds, in one process on
/// one server: each round times both contenders back to back, the order swapped every round, and the
/// verdict is the median of the per-round ratios. BenchmarkDotNet measures one contender after the
/// other, so load that drifts on a shared machine lands on one side; here it lands on both.
/// </summary>
internal static class PairedRounds
{
    public static Command Command()
    {
        var callers = new Option<int>("--callers") { Description = "Get-details calls in flight at once in each batch.", DefaultValueFactory = _ => 128 };
        var participants = new Option<int>("--participants") { Description = "Participants in the details answer: 3 or 100.", DefaultValueFactory = _ => 3 };
        var rounds = new Option<int>("--rounds") { Description = "Interleaved rounds; the verdict is their median ratio.", DefaultValueFactory = _ => 20 };
        var batches = new Option<int>("--batches") { Description = "Batches each contender runs per round.", DefaultValueFactory = _ => 100 };
        var warmup = new Option<int>("--warmup") { Description = "Batches each contender runs before the first round.", DefaultValueFactory = _ => 300 };
        var againstItself = new Option<bool>("--against-itself")
        {
            Description = "Pair the hand-written call with a second copy of itself (its own HttpClient): the method's own bias and spread.",
        };
        var attemptTimeoutOff = new Option<bool>("--attempt-timeout-off")
        {
            Description = "Run the client with Timeout = Timeout.InfiniteTimeSpan: no timer per attempt.",
        };
        AtLeast(1, callers, rounds, batches);
        AtLeast(0, warmup);
        participants.AcceptOnlyFromAmong("3", "100");
        var command = new Command("paired", "The client against the hand-written call in interleaved rounds (median ratio of time per batch).")
        {
            callers, participants, rounds, batches, warmup, againstItself, attemptTimeoutOff,
        };
        command.SetAction(parseResult => RunAsync(
            parseResult.GetValue(callers), parseResult.GetValue(participants), parseResult.GetValue(rounds),
            parseResult.GetValue(batches), parseResult.GetValue(warmup), parseResult.GetValue(againstItself),
            parseResult.GetValue(attemptTimeoutOff)));
        return command;
    }

    private static async Task<int> RunAsync(int callers, int participants, int rounds, int batches, int warmup, bool againstItself, bool attemptTimeoutOff)
    {
        await using var server = await WebexLikeServer.StartAsync();
        using var handWritten = new HandWrittenCalls(server.BaseAddress, WebexLikeServer.Token);
        using var secondCopy = againstItself ? new HandWrittenCalls(server.BaseAddress, WebexLikeServer.Token) : null;
        var options = new ConferenceClientOptions { AccessToken = WebexLikeServer.Token, BaseAddress = server.BaseAddress };
        if (attemptTimeoutOff)
        {
            options.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
        }

        var client = new ConferenceControlsClient(options);
        var lineOwner = "p" + participants;
        var query = "?lineOwnerId=" + lineOwner;
        Func<Task> baseline = () => Task.WhenAll(Enumerable.Range(0, callers).Select(_ => handWritten.GetWithNewtonsoftAsync(query)));
        Func<Task> contender = againstItself
            ? () => Task.WhenAll(Enumerable.Range(0, callers).Select(_ => secondCopy!.GetWithNewtonsoftAsync(query)))
            : () => Task.WhenAll(Enumerable.Range(0, callers).Select(_ => client.GetConferenceDetailsAsync(lineOwner)));
        var contenderName = againstItself ? "HttpClient+Newtonsoft (2)" : attemptTimeoutOff ? "Client, timeout off" : "ConferenceControlsClient";

        await MeanTimeAsync(baseline, warmup);
        await MeanTimeAsync(contender, warmup);
        Console.WriteLine($"{callers} caller(s), {participants} participants, {rounds} rounds of {batches} batches each; time per batch in us");
        Console.WriteLine($"round  HttpClient+Newtonsoft  {contenderName,25}  ratio");
        var ratios = new List<double>(rounds);
        for (var round = 1; round <= rounds; round++)
        {
            // Swapping the order each round cancels a steady drift between the two halves of a round.
            double first, second;
            if (round % 2 == 1)
            {
                first = await MeanTimeAsync(baseline, batches);
                second = await MeanTimeAsync(contender, batches);
            }
            else
            {
                second = await MeanTimeAsync(contender, batches);
                first = await MeanTimeAsync(baseline, batches);
            }

            ratios.Add(second / first);
            Console.WriteLine($"{round,5}  {first,21:F1}  {second,25:F1}  {second / first,5:F3}");
        }

        ratios.Sort();
        Console.WriteLine(
            $"median ratio {Percentiles.Of(ratios, 0.5):F3} (middle half {Percentiles.Of(ratios, 0.25):F3}-{Percentiles.Of(ratios, 0.75):F3}, " +
            $"range {ratios[0]:F3}-{ratios[^1]:F3}) over {rounds} rounds");
        return 0;
    }

    private static void AtLeast(int minimum, params Option<int>[] options)
    {
        foreach (var option in options)
        {
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < minimum)
                {
                    result.AddError($"{result.Option.Name} must be at least {minimum}.");
                }
            });
        }
    }

    /// <summary>Mean wall time of one batch over <paramref name="count"/> batches in a row, in microseconds.</summary>
    internal static async Task<double> MeanTimeAsync(Func<Task> batch, int count)
    {
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await batch();
        }

        return count == 0 ? 0 : stopwatch.Elapsed.TotalMicroseconds / count;
    }
}
