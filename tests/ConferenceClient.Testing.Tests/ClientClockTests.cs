using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Webex.Calling.Conference.Testing.Tests;

public class ClientClockTests : SimulatorTest
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    // A bound on awaiting what the test has driven to its end, so a broken clock fails instead of hanging.
    private static readonly TimeSpan CallPatience = TimeSpan.FromSeconds(15);

    private ClientClock Clock { get; set; } = null!;

    [SetUp]
    public void StartClock() => Clock = new ClientClock();

    [Test]
    public async Task A_retry_after_is_waited_out_however_early_the_test_moves_the_clock()
    {
        // Each round moves the clock as soon as the call is made, before the 429 has even been sent:
        // the clock holds the move back until the client waits, every time.
        const int Rounds = 50;
        Simulator.AddCall("caller");
        Simulator.AddCall("agent");
        var client = CreateClient();
        await client.StartConferenceAsync(["caller", "agent"]);
        var start = Clock.GetUtcNow();

        for (var round = 0; round < Rounds; round++)
        {
            Simulator.InjectFault(SimulatedFault.RateLimited(RetryAfter), operation: SimulatedOperation.Mute);
            var mute = client.MuteAsync("caller");
            await Clock.AdvanceWhenWaitingAsync(RetryAfter);
            await mute.WaitAsync(CallPatience);
        }

        Assert.That(Statuses(SimulatedOperation.Mute), Is.EqualTo(Enumerable.Range(0, Rounds).SelectMany(_ => new int?[] { 429, 204 })));
        Assert.That(Clock.GetUtcNow() - start, Is.EqualTo(Rounds * RetryAfter), "time moved by the Retry-After waits alone");
    }

    [Test]
    public async Task The_next_wait_but_the_attempt_timeout_is_the_retry_after_and_nothing_is_resent_before_it_has_passed()
    {
        Simulator.InjectFault(SimulatedFault.RateLimited(TimeSpan.FromSeconds(7)));
        var client = CreateClient();

        var call = client.GetConferenceDetailsAsync();
        var wait = await Clock.NextWaitAsync(ignoring: AttemptTimeout);

        Assert.That(wait, Is.EqualTo(TimeSpan.FromSeconds(7)));
        Assert.That(Statuses(SimulatedOperation.GetConferenceDetails), Is.EqualTo(new int?[] { 429 }));
        Clock.Advance(wait);
        await call.WaitAsync(CallPatience);
        Assert.That(Statuses(SimulatedOperation.GetConferenceDetails), Is.EqualTo(new int?[] { 429, 200 }));
    }

    [Test]
    public async Task Every_wait_is_announced_in_the_order_armed_each_attempt_starting_with_its_own_timeout()
    {
        Simulator.InjectFault(SimulatedFault.RateLimited(TimeSpan.FromSeconds(7)));
        var client = CreateClient();

        var call = client.GetConferenceDetailsAsync();
        var first = await Clock.NextWaitAsync();
        var second = await Clock.NextWaitAsync();
        Clock.Advance(second);
        var third = await Clock.NextWaitAsync();
        await call.WaitAsync(CallPatience);

        Assert.That(new[] { first, second, third }, Is.EqualTo(new[] { AttemptTimeout, TimeSpan.FromSeconds(7), AttemptTimeout }));
        Assert.That(Clock.TryTakeWait(out _), Is.False, "no wait after the retry's own timeout");
    }

    [Test]
    public async Task Moving_the_clock_waits_for_the_wait_of_that_length_and_passes_over_the_others()
    {
        var fired = new List<string>();
        var start = Clock.GetUtcNow();
        using var timeout = Clock.CreateTimer(_ => fired.Add("timeout"), null, AttemptTimeout, Timeout.InfiniteTimeSpan);

        var advancing = Clock.AdvanceWhenWaitingAsync(RetryAfter);
        Assert.That(advancing.IsCompleted, Is.False, "no wait of 2 s yet");
        using var retry = Clock.CreateTimer(_ => fired.Add("retry"), null, RetryAfter, Timeout.InfiniteTimeSpan);
        await advancing;

        Assert.That(fired, Is.EqualTo(new[] { "retry" }));
        Assert.That(Clock.GetUtcNow() - start, Is.EqualTo(RetryAfter));
    }

    [Test]
    public async Task A_timer_armed_later_by_change_is_a_wait_and_a_disarmed_one_is_not()
    {
        using var cancellation = new CancellationTokenSource(Timeout.InfiniteTimeSpan, Clock);
        Assert.That(Clock.TryTakeWait(out _), Is.False, "a timer due at infinity is no wait");

        cancellation.CancelAfter(TimeSpan.FromSeconds(5));
        Clock.Advance(await Clock.NextWaitAsync());

        Assert.That(cancellation.IsCancellationRequested, Is.True);
    }

    [Test]
    public async Task A_client_without_an_attempt_timeout_arms_no_timer_for_a_call_that_needs_no_retry()
    {
        var client = CreateClient(Timeout.InfiniteTimeSpan);

        await client.GetConferenceDetailsAsync();

        Assert.That(Clock.TryTakeWait(out _), Is.False);
    }

    [Test]
    public async Task Awaiting_a_wait_the_client_never_arms_fails_when_the_token_is_cancelled_and_names_what_it_saw()
    {
        var client = CreateClient();
        await client.GetConferenceDetailsAsync();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var start = Clock.GetUtcNow();

        var error = await Assert.ThrowsAsync<OperationCanceledException>(() => Clock.AdvanceWhenWaitingAsync(RetryAfter, cancellation.Token).WaitAsync(CallPatience));

        Assert.That(error!.Message, Is.EqualTo("The client armed no timer for a wait of 2 s before the token was cancelled. It armed 30 s meanwhile."));
        Assert.That(error.CancellationToken, Is.EqualTo(cancellation.Token));
        Assert.That(Clock.GetUtcNow(), Is.EqualTo(start), "time did not move");
    }

    [Test]
    public async Task A_wait_already_armed_is_taken_even_with_a_cancelled_token()
    {
        using var retry = Clock.CreateTimer(_ => { }, null, RetryAfter, Timeout.InfiniteTimeSpan);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var wait = await Clock.NextWaitAsync(cancellationToken: cancellation.Token);

        Assert.That(wait, Is.EqualTo(RetryAfter));
    }

    [Test]
    public async Task Awaiting_a_wait_that_never_comes_fails_once_the_patience_is_out()
    {
        Clock.Patience = TimeSpan.FromMilliseconds(50);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => Clock.NextWaitAsync(ignoring: AttemptTimeout).WaitAsync(CallPatience));

        Assert.That(error!.Message, Is.EqualTo(
            "The client armed no timer for a wait other than 30 s within 0.05 s (the clock's Patience). " +
            "It armed none: does the call reach a wait, and is this clock the client's TimeProvider?"));
    }

    [Test]
    public void Patience_is_fifteen_seconds_unless_set_and_is_positive_or_infinite()
    {
        Assert.That(Clock.Patience, Is.EqualTo(TimeSpan.FromSeconds(15)));
        Assert.That(() => Clock.Patience = TimeSpan.Zero, Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => Clock.Patience = Timeout.InfiniteTimeSpan, Throws.Nothing);
    }

    [Test]
    public async Task A_negative_or_infinite_wait_cannot_be_awaited()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Clock.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(-1)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Clock.AdvanceWhenWaitingAsync(Timeout.InfiniteTimeSpan));
    }

    [Test]
    public void A_clock_may_start_at_a_given_time()
    {
        var start = new DateTimeOffset(2030, 5, 1, 9, 0, 0, TimeSpan.Zero);

        Assert.That(new ClientClock(start).GetUtcNow(), Is.EqualTo(start));
    }

    private ConferenceControlsClient CreateClient(TimeSpan? attemptTimeout = null) => new(new ConferenceClientOptions
    {
        AccessToken = Simulator.AccessToken,
        BaseAddress = Simulator.BaseAddress,
        TimeProvider = Clock,
        Timeout = attemptTimeout ?? AttemptTimeout,
    });

    private int?[] Statuses(SimulatedOperation operation) =>
        [.. Simulator.Requests.Where(r => r.Operation == operation).Select(r => r.Status)];
}
