using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Http;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

/// <summary>The operation table generated from the spec, and the tag each generated method puts on its request.</summary>
public class ConferenceOperationsTests : ConferenceServerTest
{
    // The facts of conference-api.md: method, resource, where lineOwnerId goes on the user's paths, and
    // whether a failure that may have reached Webex can be repeated.
    private static readonly (string Name, string Method, string Resource, LineOwnerPlacement LineOwnerIn, bool Idempotent)[] Facts =
    [
        ("GetConferenceDetails", "GET", "", LineOwnerPlacement.Query, true),
        ("StartConference", "POST", "", LineOwnerPlacement.Body, false),
        ("ReleaseConference", "DELETE", "", LineOwnerPlacement.Query, true),
        ("AddParticipant", "POST", "/addParticipant", LineOwnerPlacement.Body, false),
        ("Mute", "POST", "/mute", LineOwnerPlacement.None, true),
        ("Unmute", "POST", "/unmute", LineOwnerPlacement.None, true),
        ("DeafenParticipant", "POST", "/deafen", LineOwnerPlacement.None, true),
        ("UndeafenParticipant", "POST", "/undeafen", LineOwnerPlacement.None, true),
        ("Hold", "POST", "/hold", LineOwnerPlacement.Query, true),
        ("Resume", "POST", "/resume", LineOwnerPlacement.Query, true),
        ("BargeIn", "POST", "/bargeIn", LineOwnerPlacement.None, false),
        ("SilentMonitor", "POST", "/silentMonitor", LineOwnerPlacement.None, false),
        ("SupervisorCoach", "POST", "/supervisorCoach", LineOwnerPlacement.None, false),
    ];

    private static readonly string[] SupervisorModes = ["BargeIn", "SilentMonitor", "SupervisorCoach"];

    [Test]
    public void The_table_has_all_36_operations_as_the_api_defines_them()
    {
        var expected = new List<ConferenceOperation>();
        foreach (var (suffix, prefix) in new[] { ("", ""), ("ForMember", "/members/{memberId}"), ("ForMe", "/members/me") })
        {
            foreach (var (name, method, resource, lineOwnerIn, idempotent) in Facts.Where(f => suffix.Length > 0 || !SupervisorModes.Contains(f.Name)))
            {
                var path = "telephony/conference" + prefix + (prefix.Length > 0 && resource.Length == 0 ? "/conference" : resource);
                expected.Add(new ConferenceOperation(name + suffix, method, path, idempotent, suffix == "ForMember" ? LineOwnerPlacement.None : lineOwnerIn));
            }
        }

        Assert.That(ConferenceOperations.All, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Every_public_method_tags_its_request_with_its_own_operation()
    {
        Server.Given(AnyOperation()).RespondWith(NoContent());
        var seen = new List<string>();
        var client = CreateClient(o => o.AttemptHandlers.Add(new OperationRecorder(seen)));
        var member = client.ForMember("m1");
        var me = client.ForMe();

        await client.GetConferenceDetailsAsync();
        await client.StartConferenceAsync(["c1", "c2"]);
        await client.ReleaseConferenceAsync();
        await client.AddParticipantAsync("c3");
        await client.MuteAsync();
        await client.UnmuteAsync();
        await client.DeafenParticipantAsync("c1");
        await client.UndeafenParticipantAsync("c1");
        await client.HoldAsync();
        await client.ResumeAsync();
        await member.GetConferenceDetailsAsync();
        await member.StartConferenceAsync(["c1", "c2"]);
        await member.ReleaseConferenceAsync();
        await member.AddParticipantAsync("c3");
        await member.MuteAsync();
        await member.UnmuteAsync();
        await member.DeafenParticipantAsync("c1");
        await member.UndeafenParticipantAsync("c1");
        await member.HoldAsync();
        await member.ResumeAsync();
        await member.BargeInAsync();
        await member.SilentMonitorAsync();
        await member.SupervisorCoachAsync();
        await me.GetConferenceDetailsAsync();
        await me.StartConferenceAsync(["c1", "c2"]);
        await me.ReleaseConferenceAsync();
        await me.AddParticipantAsync("c3");
        await me.MuteAsync();
        await me.UnmuteAsync();
        await me.DeafenParticipantAsync("c1");
        await me.UndeafenParticipantAsync("c1");
        await me.HoldAsync();
        await me.ResumeAsync();
        await me.BargeInAsync();
        await me.SilentMonitorAsync();
        await me.SupervisorCoachAsync();

        Assert.That(seen, Is.EqualTo(ConferenceOperations.All.Select(o => o.Name)));
        Assert.That(Server.Requests().Select(r => $"{r.Method} {r.Path}"), Is.EqualTo(ConferenceOperations.All.Select(o =>
            $"{o.Method} /v1/{o.PathTemplate.Replace("{memberId}", "m1", StringComparison.Ordinal)}")));
    }

    [Test]
    public void A_request_the_table_does_not_know_is_named_by_method_and_path_and_never_repeated()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("https://webexapis.com/v1/telephony/conference/hold"));

        var operation = ConferenceOperation.Of(request);

        Assert.That(operation.Name, Is.EqualTo("POST /v1/telephony/conference/hold"));
        Assert.That(operation.IsIdempotent, Is.False);
    }

    [Test]
    public void Telling_the_operation_of_a_tagged_request_allocates_nothing()
    {
        using var request = new ConferenceRequestMessage(HttpMethod.Post, new Uri("telephony/conference/hold", UriKind.Relative), ConferenceOperations.Hold);
        _ = ConferenceOperation.Of(request);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var operation = ConferenceOperation.Of(request);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(operation, Is.SameAs(ConferenceOperations.Hold));
        Assert.That(allocated, Is.Zero);
    }

    // Sees every attempt, after the token is set, as a user's handler would.
    private sealed class OperationRecorder(List<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add(ConferenceOperation.Of(request).Name);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
