using System;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Tests;

/// <summary>The README's smoke test that refuses to ship on drift ("When Webex changes"), kept compiling and passing.</summary>
public class DriftExampleTests
{
    private static async Task SmokeTestAsync(IConferenceControlsClient client)
    {
        await client.GetConferenceDetailsAsync();
        if (client.ObservedDrift.Count > 0)
        {
            throw new InvalidOperationException("Webex answers beyond the client's spec: " + string.Join("; ", client.ObservedDrift));
        }
    }

    [Test]
    public async Task The_smoke_test_passes_on_conforming_answers_and_names_the_drift_it_meets()
    {
        using var webex = ConferenceSimulator.Start();
        webex.AddCall("caller");
        webex.AddCall("agent");
        var client = new ConferenceControlsClient(new ConferenceClientOptions { AccessToken = webex.AccessToken, BaseAddress = webex.BaseAddress });
        await client.StartConferenceAsync(["caller", "agent"]);

        await SmokeTestAsync(client);
        webex.InjectFaultFor("GetConferenceDetails", SimulatedFault.ExtraField("participants[].role", "moderator"));

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => SmokeTestAsync(client));
        Assert.That(refusal!.Message, Is.EqualTo("Webex answers beyond the client's spec: GetConferenceDetails unknown_field participants[].role"));
    }
}
