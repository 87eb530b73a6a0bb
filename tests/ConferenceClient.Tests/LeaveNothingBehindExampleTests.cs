using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Tests;

/// <summary>The README's "Leaving nothing behind" recipe, kept compiling and passing.</summary>
public class LeaveNothingBehindExampleTests
{
    // Starts a conference, does the work, and releases the conference whatever happened to the work.
    public static async Task InConferenceAsync(IConferenceControlsClient client, string[] callIds, Func<Task> work, TimeProvider clock)
    {
        await client.StartConferenceAsync(callIds);
        try
        {
            await work();
        }
        finally
        {
            await ReleaseWithinAsync(client, clock, TimeSpan.FromMinutes(5));
        }
    }

    // A release the client did not send, or that Webex rate-limited, is sent again once its RetryAfter
    // has passed, as long as that is within the deadline; any other failure ends the loop.
    public static async Task ReleaseWithinAsync(IConferenceControlsClient client, TimeProvider clock, TimeSpan deadline)
    {
        var giveUpAt = clock.GetUtcNow() + deadline;
        while (true)
        {
            try
            {
                await client.ReleaseConferenceAsync();
                return;
            }
            catch (ConferenceApiException e) when (e.StatusCode is 429 or 423 && e.RetryAfter is { } wait && clock.GetUtcNow() + wait <= giveUpAt)
            {
                await Task.Delay(wait, clock);
            }
        }
    }

    [Test]
    public async Task A_rate_limit_longer_than_the_client_waits_leaves_no_conference_behind()
    {
        using var webex = ConferenceSimulator.Start();
        webex.AddCall("caller");
        webex.AddCall("agent");
        webex.InjectFault(SimulatedFault.RateLimited(TimeSpan.FromMinutes(2)), operation: SimulatedOperation.Mute);
        var clock = new ClientClock();
        var client = new ConferenceControlsClient(new ConferenceClientOptions
        {
            AccessToken = webex.AccessToken,
            BaseAddress = webex.BaseAddress,
            TimeProvider = clock,
            MaxRetryDelay = TimeSpan.FromMinutes(1),
        });

        var call = InConferenceAsync(client, ["caller", "agent"], () => client.MuteAsync("caller"), clock);
        await clock.AdvanceWhenWaitingAsync(TimeSpan.FromMinutes(2));
        var failure = await Assert.CatchAsync<ConferenceApiException>(() => call);

        Assert.That(failure!.StatusCode, Is.EqualTo(429));
        Assert.That(failure.Message, Does.Not.StartWith("Not sent:"), "the work's own failure, the mute's answer");
        Assert.That(webex.GetConference(), Is.Null, "released");
        Assert.That(webex.Requests.Select(r => (r.Operation, r.Status)), Is.EqualTo(new (SimulatedOperation?, int?)[]
        {
            (SimulatedOperation.StartConference, 204), (SimulatedOperation.Mute, 429), (SimulatedOperation.ReleaseConference, 204),
        }), "the release was sent once, when the limit had passed");
    }
}
