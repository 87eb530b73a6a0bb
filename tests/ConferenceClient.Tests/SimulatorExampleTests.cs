using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Tests;

/// <summary>The README's examples of testing your own code with the simulator and the client's clock, kept compiling and passing.</summary>
public class SimulatorExampleTests
{
    // Your code: a receptionist console that joins the caller to an agent and mutes the caller.
    private static async Task ConnectCallerToAgentAsync(IConferenceControlsClient client, string callerCallId, string agentCallId)
    {
        await client.StartConferenceAsync(new[] { callerCallId, agentCallId });
        await client.MuteAsync(callerCallId);
    }

    [Test]
    public async Task The_caller_joins_the_agent_muted_even_when_webex_rate_limits()
    {
        using var webex = ConferenceSimulator.Start();
        webex.AddCall("caller");
        webex.AddCall("agent");
        webex.InjectFault(SimulatedFault.RateLimited(TimeSpan.Zero), operation: SimulatedOperation.Mute);
        var client = new ConferenceControlsClient(new ConferenceClientOptions
        {
            AccessToken = webex.AccessToken,
            BaseAddress = webex.BaseAddress,
        });

        await ConnectCallerToAgentAsync(client, "caller", "agent");

        var details = await client.GetConferenceDetailsAsync();
        Assert.That(details.Participants!.Single(p => p.CallId == "caller").Muted, Is.True);
        Assert.That(webex.Requests.Where(r => r.Operation == SimulatedOperation.Mute).Select(r => r.Status),
            Is.EqualTo(new[] { 429, 204 }));
    }

    [Test]
    public async Task An_expert_who_hangs_up_leaves_the_caller_and_the_agent_talking()
    {
        using var webex = ConferenceSimulator.Start();
        webex.AddCall("caller");
        webex.AddCall("agent");
        webex.AddCall("expert");
        var client = new ConferenceControlsClient(new ConferenceClientOptions
        {
            AccessToken = webex.AccessToken,
            BaseAddress = webex.BaseAddress,
        });
        await ConnectCallerToAgentAsync(client, "caller", "agent");
        await client.AddParticipantAsync("expert");

        webex.HangUp("expert");                                  // the expert leaves, as Webex shows it

        var details = await client.GetConferenceDetailsAsync();
        Assert.That(details.Participants!.Select(p => p.CallId), Is.EqualTo(new[] { "caller", "agent" }));
        var seen = webex.GetConference()!;                     // the simulator's own view, without the client
        Assert.That(seen.Participants.Single(p => p.CallId == "caller").Muted, Is.True);
        Assert.That(webex.GetCalls(), Is.EqualTo(new[] { "caller", "agent" }));
    }

    [Test]
    public async Task Muting_a_call_that_is_not_in_the_conference_fails_with_the_answers_tracking_id()
    {
        using var webex = ConferenceSimulator.Start();
        webex.AddCall("caller");
        webex.AddCall("agent");
        var client = new ConferenceControlsClient(new ConferenceClientOptions
        {
            AccessToken = webex.AccessToken,
            BaseAddress = webex.BaseAddress,
        });
        await client.StartConferenceAsync(new[] { "caller", "agent" });

        // CatchAsync, not ThrowsAsync: a Webex error body makes it a ConferenceApiException<WebexError>.
        var error = await Assert.CatchAsync<ConferenceApiException>(() => client.MuteAsync("stranger"));

        Assert.That(error!.StatusCode, Is.EqualTo(404));
        Assert.That(error.TrackingId, Is.EqualTo(webex.Requests[^1].AnsweredTrackingId));
        Assert.That(webex.Requests[^1].SentTrackingId, Does.StartWith("WXCONF_"));
    }

    [Test]
    public async Task The_caller_is_muted_once_the_retry_after_has_passed()
    {
        using var webex = ConferenceSimulator.Start();
        webex.AddCall("caller");
        webex.AddCall("agent");
        webex.InjectFault(SimulatedFault.RateLimited(TimeSpan.FromSeconds(5)), operation: SimulatedOperation.Mute);
        var clock = new ClientClock();
        var client = new ConferenceControlsClient(new ConferenceClientOptions
        {
            AccessToken = webex.AccessToken,
            BaseAddress = webex.BaseAddress,
            TimeProvider = clock,
        });

        var connecting = ConnectCallerToAgentAsync(client, "caller", "agent");
        var retryAfter = await clock.NextWaitAsync(ignoring: TimeSpan.FromSeconds(30)); // each attempt's own Timeout
        var mutesDuringTheWait = MuteStatuses(webex);
        clock.Advance(retryAfter);
        await connecting;

        Assert.That(retryAfter, Is.EqualTo(TimeSpan.FromSeconds(5)));
        Assert.That(mutesDuringTheWait, Is.EqualTo(new[] { 429 }), "nothing is resent before the wait is over");
        Assert.That(MuteStatuses(webex), Is.EqualTo(new[] { 429, 204 }));
    }

    private static int?[] MuteStatuses(ConferenceSimulator webex) =>
        webex.Requests.Where(r => r.Operation == SimulatedOperation.Mute).Select(r => r.Status).ToArray();
}
