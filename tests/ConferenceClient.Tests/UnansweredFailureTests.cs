using System;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

/// <summary>
/// A call that ends with no answer ends with the documented HttpRequestException or TimeoutException,
/// and carries the tracking ID it sent, as an answered failure does.
/// </summary>
public class UnansweredFailureTests : ConferenceServerTest
{
    [Test]
    public async Task A_refused_connection_is_an_HttpRequestException_with_the_tracking_id_sent()
    {
        var client = CreateClient(o => (o.BaseAddress, o.MaxRetries) = (ClosedPort.BaseAddress(), 0));

        var failure = await Assert.CatchAsync<HttpRequestException>(() => client.HoldAsync().Settled());

        Assert.That(failure!.Data[ConferenceControlsClient.TrackingIdDataKey], Does.StartWith("WXCONF_"));
    }

    [Test]
    public async Task A_connection_lost_before_the_answer_is_an_HttpRequestException_with_the_tracking_id_sent()
    {
        Server.Given(AnyOperation()).RespondWith(NoContent());
        using var dropping = new DroppingServer(answered: 0);
        var client = CreateClient(o => (o.BaseAddress, o.MaxRetries) = (dropping.BaseAddress, 0));

        var failure = await Assert.CatchAsync<HttpRequestException>(() => client.StartConferenceAsync(["c1", "c2"]).Settled());

        Assert.That(dropping.Requests, Is.EqualTo(1));
        Assert.That(failure!.Data[ConferenceControlsClient.TrackingIdDataKey], Does.StartWith("WXCONF_"));
    }

    [Test]
    public async Task A_timeout_is_a_TimeoutException_with_the_tracking_id_sent()
    {
        Answer(ConferencePath + "/mute", "POST", NoContent().WithDelay(TimeSpan.FromSeconds(60)));
        var client = CreateClient(o => o.MaxRetries = 0);

        var call = client.MuteAsync();
        await Clock.AdvanceWhenWaitingAsync(AttemptTimeout);
        var failure = await Assert.CatchAsync<TimeoutException>(() => call.Settled());

        Assert.That(failure!.Data[ConferenceControlsClient.TrackingIdDataKey], Does.StartWith("WXCONF_"));
    }
}
