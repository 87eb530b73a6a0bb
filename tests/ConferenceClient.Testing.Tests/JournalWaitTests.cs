using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Webex.Calling.Conference.Testing.Tests;

/// <summary>WaitForRequestAsync and WaitForRequestsAsync: a test awaits the request it expects instead of reading the journal in a loop.</summary>
public class JournalWaitTests : SimulatorTest
{
    // Bounds a wait that a broken simulator would never end, so the test fails instead of hanging; never reached when it passes.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private static readonly Func<SimulatedRequest, bool> IsDetails = r => r.Operation == SimulatedOperation.GetConferenceDetails;

    private CancellationTokenSource _patience = null!;

    [SetUp]
    public void StartPatience() => _patience = new CancellationTokenSource(Patience);

    [TearDown]
    public void EndPatience() => _patience.Dispose();

    [Test]
    public async Task A_request_already_in_the_journal_ends_the_wait_at_once()
    {
        await Http.GetAsync("telephony/conference");

        var request = await Simulator.WaitForRequestAsync(IsDetails, _patience.Token);

        Assert.That((request.Operation, request.Status), Is.EqualTo(((SimulatedOperation?)SimulatedOperation.GetConferenceDetails, (int?)200)));
        Assert.That(request, Is.EqualTo(Simulator.Requests.Single()));
    }

    [Test]
    public async Task A_request_ends_the_wait_when_it_arrives_while_its_answer_is_still_held()
    {
        Simulator.InjectFault(SimulatedFault.Delay(TimeSpan.FromHours(1)));
        var arrived = Simulator.WaitForRequestAsync(IsDetails, _patience.Token);
        var answered = Simulator.WaitForRequestAsync(r => IsDetails(r) && r.Status is not null, _patience.Token);

        var held = Http.GetAsync("telephony/conference");
        var request = await arrived;

        Assert.That((request.Method, request.Path, request.Status), Is.EqualTo(("GET", "/v1/telephony/conference", (int?)null)));
        Assert.That(answered.IsCompleted, Is.False, "the answer is held for an hour");
        Simulator.Reset();
        await ErrorOf(await held, 503);
    }

    [Test]
    public async Task A_match_on_the_status_waits_for_the_answer()
    {
        Simulator.InjectFault(SimulatedFault.Delay(TimeSpan.FromMilliseconds(100)), operation: SimulatedOperation.Hold);
        var arrived = Simulator.WaitForRequestAsync(r => r.Operation == SimulatedOperation.Hold, _patience.Token);
        var answered = Simulator.WaitForRequestAsync(r => r.Operation == SimulatedOperation.Hold && r.Status is not null, _patience.Token);

        using var response = await Post("telephony/conference/hold");

        Assert.That((await arrived).Status, Is.Null);
        Assert.That((await answered).Status, Is.EqualTo(404));
        Assert.That((await answered).AnsweredTrackingId, Is.EqualTo(string.Join(",", response.Headers.GetValues("TrackingID"))));
    }

    [Test]
    public async Task A_count_waits_for_that_many_matches_and_gives_them_in_order_of_arrival()
    {
        var two = Simulator.WaitForRequestsAsync(IsDetails, 2, _patience.Token);

        await Http.GetAsync("telephony/conference");
        await Post("telephony/conference/hold");
        var afterOne = two.IsCompleted;
        await Http.GetAsync("telephony/conference?lineOwnerId=reception");
        var requests = await two;

        Assert.That(afterOne, Is.False);
        Assert.That(requests.Select(r => r.Query.Count), Is.EqualTo(new[] { 0, 1 }));
        Assert.That(requests[1].Status, Is.Null, "as it was when it matched: on arrival");
    }

    [Test]
    public async Task Control_requests_never_end_a_wait()
    {
        var any = Simulator.WaitForRequestAsync(_ => true, _patience.Token);

        await Http.GetAsync(new Uri(Simulator.ControlAddress, "requests"));
        await Http.GetAsync(new Uri(Simulator.ControlAddress, "conference"));
        var beforeApi = any.IsCompleted;
        await Post("telephony/conference/resume");

        Assert.That(beforeApi, Is.False);
        Assert.That((await any).Operation, Is.EqualTo(SimulatedOperation.Resume));
    }

    [Test]
    public async Task A_reset_empties_what_the_wait_looks_at_and_the_wait_goes_on_with_what_comes_after()
    {
        await Http.GetAsync("telephony/conference");
        var two = Simulator.WaitForRequestsAsync(IsDetails, 2, _patience.Token);

        Simulator.Reset();
        await Http.GetAsync("telephony/conference?lineOwnerId=a");
        var afterOne = two.IsCompleted;
        await Http.GetAsync("telephony/conference?lineOwnerId=b");

        Assert.That(afterOne, Is.False, "the request before the reset no longer counts");
        Assert.That((await two).Select(r => r.Query["lineOwnerId"]), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public async Task A_held_request_that_a_reset_ends_stays_out_of_the_wait()
    {
        Simulator.InjectFault(SimulatedFault.Delay(TimeSpan.FromHours(1)));
        var answered = Simulator.WaitForRequestAsync(r => r.Status is not null, _patience.Token);
        var held = Http.GetAsync("telephony/conference");
        await Simulator.WaitForRequestAsync(IsDetails, _patience.Token);

        Simulator.Reset();
        await ErrorOf(await held, 503);
        var afterHeld = answered.IsCompleted;
        await Http.DeleteAsync("telephony/conference");

        Assert.That(afterHeld, Is.False, "the held request's 503 belongs to no journal");
        Assert.That((await answered).Operation, Is.EqualTo(SimulatedOperation.ReleaseConference));
    }

    [Test]
    public async Task Cancelling_ends_the_wait_with_an_operation_canceled_exception()
    {
        using var cancel = new CancellationTokenSource();
        var wait = Simulator.WaitForRequestAsync(IsDetails, cancel.Token);

        await cancel.CancelAsync();

        Assert.That(await Assert.CatchAsync<OperationCanceledException>(() => wait), Has.Property(nameof(OperationCanceledException.CancellationToken)).EqualTo(cancel.Token));
        await Assert.CatchAsync<OperationCanceledException>(() => Simulator.WaitForRequestAsync(IsDetails, cancel.Token));
        await Http.GetAsync("telephony/conference");
        Assert.That(Simulator.Requests.Single().Status, Is.EqualTo(200), "a cancelled wait leaves the simulator as it was");
    }

    [Test]
    public async Task Stopping_the_simulator_ends_a_wait_with_object_disposed()
    {
        var wait = Simulator.WaitForRequestsAsync(IsDetails, 1, _patience.Token);

        Simulator.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => wait);
        Assert.Throws<ObjectDisposedException>(() => Simulator.WaitForRequestAsync(IsDetails));
    }

    [Test]
    public async Task A_match_that_throws_fails_its_wait_and_the_request_is_answered_all_the_same()
    {
        var wait = Simulator.WaitForRequestAsync(_ => throw new FormatException("the test's own mistake"), _patience.Token);

        using var response = await Http.GetAsync("telephony/conference");

        Assert.That(Status(response), Is.EqualTo(200));
        Assert.That((await Assert.ThrowsAsync<FormatException>(() => wait))!.Message, Is.EqualTo("the test's own mistake"));
    }

    [Test]
    public void A_wait_needs_a_match_and_a_count_of_at_least_one()
    {
        Assert.Throws<ArgumentNullException>(() => Simulator.WaitForRequestAsync(null!));
        Assert.Throws<ArgumentNullException>(() => Simulator.WaitForRequestsAsync(null!, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Simulator.WaitForRequestsAsync(IsDetails, 0));
    }
}
