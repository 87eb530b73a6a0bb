using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Webex.Calling.Conference.Testing.Tests;

/// <summary>The server under the simulator: where it listens, what it reads, and what the journal keeps of it.</summary>
public class HostingTests : SimulatorTest
{
    [Test]
    public async Task A_body_over_64_KiB_is_a_webex_413_and_is_not_kept()
    {
        Simulator.AddCall("c1");
        Simulator.AddCall("c2");
        var padding = new string(' ', 64 * 1024);

        var tooLarge = await Post("telephony/conference", """{"callIds":["c1","c2"]}""" + padding);
        var justFits = await Post("telephony/conference", """{"callIds":["c1","c2"]}""" + padding[..^"""{"callIds":["c1","c2"]}""".Length]);

        await ErrorOf(tooLarge, 413);
        Assert.That(Status(justFits), Is.EqualTo(204));
        Assert.That(Simulator.Requests.Select(r => (r.Operation, r.Status, r.Body is null)), Is.EqualTo(new (SimulatedOperation?, int?, bool)[]
        {
            (SimulatedOperation.StartConference, 413, true),
            (SimulatedOperation.StartConference, 204, false),
        }));
    }

    [Test]
    public async Task A_member_id_holding_slash_plus_and_percent_reaches_that_members_conference()
    {
        const string memberId = "a/b+c%d";
        Simulator.AddMemberCall(memberId, "x");
        Simulator.AddMemberCall(memberId, "y");

        var start = await Post($"telephony/conference/members/{Uri.EscapeDataString(memberId)}/conference", """{"callIds":["x","y"]}""");

        Assert.That(Status(start), Is.EqualTo(204));
        Assert.That(Simulator.GetMemberConference(memberId)!.Participants.Select(p => p.CallId), Is.EqualTo(new[] { "x", "y" }));
        Assert.That((Simulator.Requests[0].MemberId, Simulator.Requests[0].Path),
            Is.EqualTo((memberId, "/v1/telephony/conference/members/a%2Fb%2Bc%25d/conference")), "the path as sent, the member unescaped");
    }

    [Test]
    public void A_simulator_starts_on_the_port_asked_for_and_a_taken_port_is_named()
    {
        using var first = ConferenceSimulator.Start();
        var port = first.BaseAddress.Port;

        var taken = Assert.Throws<IOException>(() => ConferenceSimulator.Start(new ConferenceSimulatorOptions { Port = port }).Dispose());
        first.Dispose();
        using var second = ConferenceSimulator.Start(new ConferenceSimulatorOptions { Port = port, AccessToken = "secret" });

        Assert.That(taken!.Message, Does.Contain($"127.0.0.1:{port}").And.Contain("taken"));
        Assert.That(second.BaseAddress, Is.EqualTo(new Uri($"http://127.0.0.1:{port}/v1/")));
        Assert.That(second.AccessToken, Is.EqualTo("secret"));
    }

    [Test]
    public void A_port_outside_0_to_65535_or_a_blank_token_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConferenceSimulator.Start(new ConferenceSimulatorOptions { Port = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConferenceSimulator.Start(new ConferenceSimulatorOptions { Port = 65536 }));
        Assert.Throws<ArgumentException>(() => ConferenceSimulator.Start(" "));
    }

    [Test]
    public void Each_simulator_gets_a_port_of_its_own_and_a_random_token()
    {
        using var other = ConferenceSimulator.Start();

        Assert.That(other.BaseAddress.Port, Is.Not.EqualTo(Simulator.BaseAddress.Port).And.Not.Zero);
        Assert.That(other.AccessToken, Is.Not.EqualTo(Simulator.AccessToken));
    }

    [Test]
    public async Task It_does_not_answer_on_another_address_of_the_machine()
    {
        var address = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(u => u.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        if (address is null)
        {
            Assert.Ignore("This machine has no address besides loopback.");
        }

        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var refused = await Assert.CatchAsync<SocketException>(() => socket.ConnectAsync(address, Simulator.BaseAddress.Port));

        Assert.That(refused!.SocketErrorCode, Is.EqualTo(SocketError.ConnectionRefused));
    }

    [Test]
    public async Task The_journal_keeps_the_tracking_id_the_client_sent_apart_from_the_one_it_got()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "telephony/conference/mute")
        {
            Content = new StringContent("""{"callId":"c1"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("TrackingID", "WXCONF_1");

        using var response = await Http.SendAsync(request);
        await Http.GetAsync("telephony/conference?lineOwnerId=front+desk");

        var (sent, plain) = (Simulator.Requests[0], Simulator.Requests[1]);
        Assert.Multiple(() =>
        {
            Assert.That(sent.SentTrackingId, Is.EqualTo("WXCONF_1"));
            Assert.That(sent.AnsweredTrackingId, Is.EqualTo(response.Headers.GetValues("TrackingID").Single()).And.StartWith("ROUTER_SIM_"));
            Assert.That(sent.ToString(), Is.EqualTo($"POST /v1/telephony/conference/mute -> 404 (Mute, sent WXCONF_1, answered {sent.AnsweredTrackingId})"));
            Assert.That(plain.SentTrackingId, Is.Null);
            Assert.That(plain.ToString(), Is.EqualTo($"GET /v1/telephony/conference?lineOwnerId=front desk -> 200 (GetConferenceDetails, sent no tracking ID, answered {plain.AnsweredTrackingId})"));
        });
    }

    [Test]
    public void A_request_still_held_reads_as_not_answered_yet()
    {
        var held = new SimulatedRequest(
            null, null, null, "GET", "/v1/nothing", new Dictionary<string, string>(), null, new Dictionary<string, string>(), "WXCONF_2", Status: null, AnsweredTrackingId: null);

        Assert.That(held.ToString(), Is.EqualTo("GET /v1/nothing -> no answer yet (no such operation, sent WXCONF_2)"));
    }
}
