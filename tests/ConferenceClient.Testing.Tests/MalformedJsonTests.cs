using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Webex.Calling.Conference.Testing.Tests;

/// <summary>
/// Bodies that are not one JSON object, sent as bytes over HTTP to the API and to the control API: each is
/// a Webex-shaped 400 that names what is wrong, never a 500, and changes nothing.
/// </summary>
public class MalformedJsonTests : SimulatorTest
{
    private static readonly string TooDeep = new string('[', 65) + new string(']', 65);

    // A name, the body as bytes, and what the 400's message must say.
    private static readonly (string Name, byte[] Body, string Says)[] Bodies =
    [
        ("a key twice", Utf8("""{"callId":"c1","callId":"c2"}"""), "The request body holds the key callId twice."),
        ("a nested key twice", Utf8("""{"callId":"c1","x":[{"a":1,"a":2}]}"""), "The request body holds the key a twice."),
        ("cut short", Utf8("""{"callId":"c1" """), "The request body is not valid JSON at line 1, byte 16: Expected depth to be zero"),
        ("two values", Utf8("""{"callId":"c1"} {}"""), "The request body is not valid JSON at line 1, byte 17: '{' is invalid after a single JSON value."),
        ("an array", Utf8("""["c1"]"""), "The request body is not a JSON object but a JSON array."),
        ("a string", Utf8("\"c1\""), "The request body is not a JSON object but a JSON string."),
        ("null", Utf8("null"), "The request body is not a JSON object but null."),
        ("not UTF-8", [.. Utf8("""{"callId":"c"""), 0xFF, .. Utf8("\"}")], "The request body is not valid UTF-8."),
        ("nested too deep", Utf8("""{"callId":"c1","x":""" + TooDeep + "}"), "The request body is not valid JSON at line 1, byte 83: The maximum configured depth of 64 has been exceeded."),
    ];

    private static IEnumerable<string> BodyNames => Bodies.Select(b => b.Name);

    [TestCaseSource(nameof(BodyNames))]
    public async Task A_malformed_body_is_a_400_that_names_the_problem_on_the_api(string name)
    {
        var (_, body, says) = Bodies.Single(b => b.Name == name);
        await StartConferenceAsync("c1", "c2");

        using var muted = await Send("telephony/conference/mute", body);

        var error = await ErrorOf(muted, 400);
        Assert.That(error["message"]!.GetValue<string>(), Does.StartWith(says));
        Assert.That(error["errorCode"]!.GetValue<int>(), Is.EqualTo(400100), "as the API's other 400s");
        Assert.That(Simulator.GetConference()!.Participants.Any(p => p.Muted), Is.False, "nothing was muted");
    }

    [TestCaseSource(nameof(BodyNames))]
    public async Task A_malformed_body_is_a_400_that_names_the_problem_on_the_control_api(string name)
    {
        var (_, body, says) = Bodies.Single(b => b.Name == name);

        using var call = await Send("/_simulator/calls", body);
        using var fault = await Send("/_simulator/faults", body);

        foreach (var refused in new[] { call, fault })
        {
            var error = await ErrorOf(refused, 400);
            Assert.That(error["message"]!.GetValue<string>(), Does.StartWith(says));
            Assert.That(error["errorCode"]!.GetValue<int>(), Is.EqualTo(400000), "as the control API's other 400s");
        }

        Assert.That(Simulator.GetCalls(), Is.Empty);
        Assert.That(Simulator.PendingFaults, Is.Empty);
    }

    private async Task<HttpResponseMessage> Send(string path, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await Http.PostAsync(new Uri(Simulator.BaseAddress, path), content);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
