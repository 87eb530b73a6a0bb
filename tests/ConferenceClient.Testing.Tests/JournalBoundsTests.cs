using System;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Webex.Calling.Conference.Testing.Tests;

/// <summary>
/// The journal's bounds, changed from their defaults: the last requests only, bodies cut to a number of
/// bytes, the dropped ones counted, and everything let go on a reset.
/// </summary>
public class JournalBoundsTests : SimulatorTest
{
    private const int Limit = 3;
    private const int BodyLimit = 7;

    [Test]
    public void The_defaults_are_1000_requests_and_4096_bytes_of_each_body_and_a_limit_below_them_is_refused()
    {
        var defaults = new ConferenceSimulatorOptions();

        Assert.That((defaults.JournalLimit, defaults.JournalBodyLimit), Is.EqualTo((1000, 4096)));
        Assert.That(() => ConferenceSimulator.Start(new ConferenceSimulatorOptions { JournalLimit = 0 }),
            Throws.TypeOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("JournalLimit"));
        Assert.That(() => ConferenceSimulator.Start(new ConferenceSimulatorOptions { JournalBodyLimit = -1 }),
            Throws.TypeOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("JournalBodyLimit"));
    }

    [Test]
    public async Task A_full_journal_drops_its_oldest_requests_and_counts_them_on_both_apis()
    {
        using var anonymous = new HttpClient { BaseAddress = Simulator.BaseAddress };

        for (var i = 1; i <= 5; i++)
        {
            using var refused = await anonymous.PostAsync($"telephony/conference/hold?n={i}", null);
            Assert.That(Status(refused), Is.EqualTo(401));
        }

        using var read = await Http.GetAsync(new Uri(Simulator.ControlAddress, "requests"));
        var journal = JsonNode.Parse(await read.Content.ReadAsStringAsync())!.AsArray();
        Assert.That(Simulator.Requests.Select(r => r.Query["n"]), Is.EqualTo(new[] { "3", "4", "5" }));
        Assert.That(Simulator.DroppedRequests, Is.EqualTo(2));
        Assert.That(journal.Select(r => r!["query"]!["n"]!.GetValue<string>()), Is.EqualTo(new[] { "3", "4", "5" }));
        Assert.That(read.Headers.GetValues("Dropped-Requests").Single(), Is.EqualTo("2"));
    }

    [TestCase("""{"a":1}""", """{"a":1}""", false)]
    [TestCase("""{"a":12}""", """{"a":12""", true)]
    [TestCase("""{"x":"éé"}""", """{"x":" """, true)]
    public async Task A_body_over_the_limit_is_served_whole_and_journaled_cut_at_a_whole_character(string sent, string journaled, bool truncated)
    {
        using var held = await Post("telephony/conference/hold", sent);

        var request = Simulator.Requests.Single();
        using var read = await Http.GetAsync(new Uri(Simulator.ControlAddress, "requests"));
        var json = JsonNode.Parse(await read.Content.ReadAsStringAsync())![0]!;
        Assert.That(Status(held), Is.EqualTo(404), "served: there is no conference to hold");
        Assert.That((request.Body, request.BodyTruncated), Is.EqualTo((journaled.TrimEnd(), truncated)));
        Assert.That(Encoding.UTF8.GetByteCount(request.Body!), Is.LessThanOrEqualTo(BodyLimit));
        Assert.That((json["body"]!.GetValue<string>(), json["bodyTruncated"]!.GetValue<bool>()), Is.EqualTo((journaled.TrimEnd(), truncated)));
    }

    [Test]
    public async Task A_body_cut_in_the_journal_still_acts_whole()
    {
        AddCalls("c1", "c2");

        using var started = await Post("telephony/conference", """{"callIds":["c1","c2"]}""");

        Assert.That(Status(started), Is.EqualTo(204));
        Assert.That(Simulator.GetConference()!.Participants.Select(p => p.CallId), Is.EqualTo(new[] { "c1", "c2" }));
        Assert.That((Simulator.Requests.Single().Body, Simulator.Requests.Single().BodyTruncated), Is.EqualTo(("""{"callI""", true)));
    }

    [Test]
    public async Task A_reset_empties_the_journal_and_its_count_and_lets_the_requests_go()
    {
        for (var i = 0; i < 5; i++)
        {
            using var held = await Post("telephony/conference/hold", "{}");
        }

        var kept = WeakReferencesToTheJournal(Simulator);

        Simulator.Reset();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.That(Simulator.Requests, Is.Empty);
        Assert.That(Simulator.DroppedRequests, Is.Zero);
        Assert.That(kept.Count(w => w.IsAlive), Is.Zero, "nothing of the journal is held after a reset");
    }

    [Test]
    public async Task A_reset_gives_back_the_heap_a_full_journal_held()
    {
        const int Requests = 300;
        using var webex = ConferenceSimulator.Start(new ConferenceSimulatorOptions { JournalBodyLimit = 64 * 1024 });
        using var anonymous = new HttpClient { BaseAddress = webex.BaseAddress };
        var body = "{\"callIds\":[\"" + new string('c', 60 * 1024) + "\"]}";
        var before = GC.GetTotalMemory(forceFullCollection: true);

        for (var i = 0; i < Requests; i++)
        {
            using var refused = await anonymous.PostAsync("telephony/conference", new StringContent(body, Encoding.UTF8, "application/json"));
        }

        var full = GC.GetTotalMemory(forceFullCollection: true);
        webex.Reset();
        var afterReset = GC.GetTotalMemory(forceFullCollection: true);

        const double MiB = 1024 * 1024;
        TestContext.Out.WriteLine($"managed heap: {before / MiB:F1} MiB before, {full / MiB:F1} MiB with {Requests} bodies of 60 KiB journaled, {afterReset / MiB:F1} MiB after the reset");
        Assert.That(full - before, Is.GreaterThan(Requests * 60L * 1024), "the journal holds the bodies (two bytes a character)");
        Assert.That(afterReset - before, Is.LessThan(8 * MiB), "and lets them go on a reset");
    }

    protected override ConferenceSimulatorOptions Options() => new() { JournalLimit = Limit, JournalBodyLimit = BodyLimit };

    // In a frame of its own, so that no local of the test keeps the requests alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference[] WeakReferencesToTheJournal(ConferenceSimulator simulator) =>
        [.. simulator.Requests.Select(r => new WeakReference(r))];
}
