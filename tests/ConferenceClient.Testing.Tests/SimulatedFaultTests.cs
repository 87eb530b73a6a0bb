using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Webex.Calling.Conference.Testing.Tests;

public class SimulatedFaultTests : SimulatorTest
{
    [Test]
    public async Task Rate_limiting_answers_429_with_retry_after_then_recovers()
    {
        Simulator.InjectFault(SimulatedFault.RateLimited(TimeSpan.FromSeconds(1.2)), times: 2);

        var first = await Http.GetAsync("telephony/conference");
        var second = await Http.GetAsync("telephony/conference");
        var third = await Http.GetAsync("telephony/conference");

        await ErrorOf(first, 429);
        Assert.That(first.Headers.GetValues("Retry-After").Single(), Is.EqualTo("2"));
        Assert.That(Status(second), Is.EqualTo(429));
        Assert.That(Status(third), Is.EqualTo(200));
    }

    [Test]
    public async Task A_fault_for_one_operation_leaves_the_others_alone()
    {
        Simulator.InjectFault(SimulatedFault.GatewayError(503), operation: SimulatedOperation.Hold);

        var details = await Http.GetAsync("telephony/conference");
        var hold = await Post("telephony/conference/hold");

        Assert.That(Status(details), Is.EqualTo(200));
        await ErrorOf(hold, 503);
    }

    [TestCase(502)]
    [TestCase(503)]
    [TestCase(504)]
    public async Task Gateway_errors_answer_their_status(int status)
    {
        Simulator.InjectFault(SimulatedFault.GatewayError(status, TimeSpan.FromSeconds(3)));

        var response = await Http.GetAsync("telephony/conference");

        await ErrorOf(response, status);
        Assert.That(response.Headers.GetValues("Retry-After").Single(), Is.EqualTo("3"));
    }

    [Test]
    public async Task Locked_may_come_without_retry_after()
    {
        Simulator.InjectFault(SimulatedFault.Locked());

        var response = await Http.GetAsync("telephony/conference");

        await ErrorOf(response, 423);
        Assert.That(response.Headers.Contains("Retry-After"), Is.False);
    }

    [Test]
    public void Only_gateway_statuses_are_gateway_errors() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SimulatedFault.GatewayError(500));

    [Test]
    public async Task A_malformed_body_is_cut_off_json()
    {
        Simulator.InjectFault(SimulatedFault.MalformedBody());

        var response = await Http.GetAsync("telephony/conference");
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(Status(response), Is.EqualTo(200));
        Assert.Catch<JsonException>(() => JsonNode.Parse(body));
    }

    [Test]
    public async Task Future_details_carry_unknown_enum_values_and_fields()
    {
        Simulator.AddCall("c1");
        Simulator.AddCall("c2");
        await Post("telephony/conference", """{"callIds":["c1","c2"]}""");
        Simulator.InjectFault(SimulatedFault.FutureDetails());

        var details = await Details();

        Assert.That(details["state"]!.GetValue<string>(), Is.EqualTo("transferring"));
        Assert.That(details["type"]!.GetValue<string>(), Is.EqualTo("whisperCoaching"));
        Assert.That(details["recording"]!["enabled"]!.GetValue<bool>(), Is.True);
        Assert.That(details["participants"]![0]!["role"]!.GetValue<string>(), Is.EqualTo("agent"));
    }

    [Test]
    public async Task A_malformed_body_fault_still_carries_out_the_operation()
    {
        Simulator.AddCall("c1");
        Simulator.AddCall("c2");
        await Post("telephony/conference", """{"callIds":["c1","c2"]}""");
        Simulator.InjectFault(SimulatedFault.MalformedBody(), operation: SimulatedOperation.Mute);

        var mute = await Post("telephony/conference/mute", """{"callId":"c1"}""");

        Assert.That(Status(mute), Is.EqualTo(200));
        Assert.That((await Details())["participants"]![0]!["muted"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task An_unauthenticated_request_does_not_use_up_a_fault()
    {
        Simulator.InjectFault(SimulatedFault.RateLimited(TimeSpan.FromSeconds(1)));
        using var anonymous = new System.Net.Http.HttpClient { BaseAddress = Simulator.BaseAddress };

        var refused = await anonymous.GetAsync("telephony/conference");
        var limited = await Http.GetAsync("telephony/conference");

        Assert.That(Status(refused), Is.EqualTo(401));
        Assert.That(Status(limited), Is.EqualTo(429));
    }

    [Test]
    public async Task Future_details_wait_for_a_details_request()
    {
        Simulator.AddCall("c1");
        Simulator.AddCall("c2");
        await Post("telephony/conference", """{"callIds":["c1","c2"]}""");
        Simulator.InjectFault(SimulatedFault.FutureDetails());

        await Post("telephony/conference/hold");
        var details = await Details();

        Assert.That(details["type"]!.GetValue<string>(), Is.EqualTo("whisperCoaching"));
    }

    [Test]
    public async Task A_fault_for_one_operation_counts_only_that_operations_requests()
    {
        Simulator.InjectFault(SimulatedFault.Locked(), times: 2, operation: SimulatedOperation.Hold);

        var statuses = new[]
        {
            Status(await Post("telephony/conference/hold")),
            Status(await Http.GetAsync("telephony/conference")),
            Status(await Post("telephony/conference/hold")),
            Status(await Post("telephony/conference/hold")),
        };

        Assert.That(statuses, Is.EqualTo(new[] { 423, 200, 423, 404 }));
    }

    [Test]
    public async Task A_held_answer_ends_when_the_simulator_stops()
    {
        Simulator.InjectFault(SimulatedFault.Delay(TimeSpan.FromHours(1)));
        var call = Http.GetAsync("telephony/conference");

        Simulator.Dispose();

        var ended = await Task.WhenAny(call, Task.Delay(TimeSpan.FromSeconds(15)));
        Assert.That(ended, Is.SameAs(call), "stopping the simulator must not wait out the delay");
    }

    [Test]
    public async Task A_delay_holds_the_answer_then_answers_normally()
    {
        Simulator.InjectFault(SimulatedFault.Delay(TimeSpan.FromMilliseconds(50)));

        var response = await Http.GetAsync("telephony/conference");

        Assert.That(Status(response), Is.EqualTo(200));
        Assert.That(Simulator.Requests.Single().Status, Is.EqualTo(200));
    }
}
