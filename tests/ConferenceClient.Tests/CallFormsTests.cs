using System;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

/// <summary>The call forms the README promises, compiled and run as written.</summary>
public class CallFormsTests : ConferenceServerTest
{
    [Test]
    public async Task The_documented_call_forms_compile_and_reach_the_server()
    {
        Server.Given(At(ConferencePath, "GET")).RespondWith(Json(200, """{"state":"connected"}"""));
        Server.Given(AnyOperation())
            .AtPriority(10).RespondWith(NoContent());
        var token = Token;
        using var cancellation = new CancellationTokenSource();

        var client = new ConferenceControlsClient(new ConferenceClientOptions { AccessToken = token, BaseAddress = BaseAddress });
        ConferenceDetails d = await client.GetConferenceDetailsAsync();
        d = await client.GetConferenceDetailsAsync(lineOwnerId: "owner", cancellationToken: cancellation.Token);
        await client.StartConferenceAsync(new[] { "c1", "c2" }, lineOwnerId: "owner");
        await client.ReleaseConferenceAsync();
        await client.AddParticipantAsync("c3", lineOwnerId: "owner");
        await client.MuteAsync();
        await client.MuteAsync("c1");
        await client.UnmuteAsync(callId: "c1");
        await client.UnmuteAsync();
        await client.DeafenParticipantAsync("c1");
        await client.UndeafenParticipantAsync("c1");
        await client.HoldAsync(lineOwnerId: "owner");
        await client.ResumeAsync();
        IConferenceControlsClient scoped = client.WithLineOwner("owner");
        ConferenceControlsClient scopedClass = client.WithLineOwner("owner");
        await scoped.HoldAsync();
        await scopedClass.ResumeAsync();

        Assert.That(d.State, Is.EqualTo(ConferenceState.Connected));
        Assert.That(Server.Requests(), Has.Count.EqualTo(15));
    }

    [Test]
    public async Task The_member_and_me_call_forms_compile_and_reach_the_server()
    {
        Server.Given(AnyOperation()).AtPriority(10).RespondWith(NoContent());
        var client = new ConferenceControlsClient(new ConferenceClientOptions { AccessToken = Token, BaseAddress = BaseAddress });

        var member = client.ForMember("member-id", orgId: "org-id");
        await member.StartConferenceAsync(new[] { "c1", "c2" });
        await member.MuteAsync("c1");
        ConferenceDetails d = await member.GetConferenceDetailsAsync();
        await member.BargeInAsync();
        await member.SilentMonitorAsync();
        await member.SupervisorCoachAsync();
        var me = client.ForMe();
        await me.HoldAsync(lineOwnerId: "owner");
        await me.SupervisorCoachAsync();

        Assert.That(d.HasConference, Is.False);
        Assert.That(Server.Requests(), Has.Count.EqualTo(8));
    }

    [Test]
    public async Task The_forward_compatibility_forms_compile_and_run()
    {
        Server.Given(At(ConferencePath, "GET")).RespondWith(Json(200, """{"state":"parked","recording":{"on":true}}"""));
        var client = new ConferenceControlsClient(new ConferenceClientOptions { AccessToken = Token, BaseAddress = BaseAddress });
        var unknownStates = new System.Collections.Generic.List<string>();
        var matched = false;

        var details = await client.GetConferenceDetailsAsync();
        if (details.State is { IsDocumented: false } state)
        {
            unknownStates.Add(state.ToString());   // e.g. "parked"
        }

        if (details.State == ConferenceState.Held || details.State == "parked")
        {
            matched = true;
        }

        string json = JsonSerializer.Serialize(details, WebJson);

        Assert.That(unknownStates, Is.EqualTo(new[] { "parked" }));
        Assert.That(matched, Is.True);
        Assert.That(json, Is.EqualTo("""{"state":"parked","recording":{"on":true}}"""));
    }

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);
}
