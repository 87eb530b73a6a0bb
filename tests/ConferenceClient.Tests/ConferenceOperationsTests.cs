using System;
using System.Net.Http;
using NUnit.Framework;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference.Tests;

public class ConferenceOperationsTests
{
    private static readonly (string Path, string Method, string Name, bool Idempotent)[] Bare =
    [
        ("", "GET", "GetConferenceDetails", true), ("", "POST", "StartConference", false), ("", "DELETE", "ReleaseConference", true),
        ("/addParticipant", "POST", "AddParticipant", false), ("/mute", "POST", "Mute", true), ("/unmute", "POST", "Unmute", true),
        ("/deafen", "POST", "DeafenParticipant", true), ("/undeafen", "POST", "UndeafenParticipant", true),
        ("/hold", "POST", "Hold", true), ("/resume", "POST", "Resume", true),
    ];

    private static readonly (string Path, string Name)[] Supervisor =
        [("/bargeIn", "BargeIn"), ("/silentMonitor", "SilentMonitor"), ("/supervisorCoach", "SupervisorCoach")];

    [Test]
    public void All_36_operations_are_named_and_only_the_creating_ones_are_not_idempotent()
    {
        foreach (var (prefix, suffix) in new[] { ("", ""), ("/members/m%2F1", "ForMember"), ("/members/me", "ForMe") })
        {
            foreach (var (path, method, name, idempotent) in Bare)
            {
                var resource = prefix.Length > 0 && path.Length == 0 ? "/conference" : path;
                Assert.That(Identify(method, prefix + resource), Is.EqualTo(new ConferenceOperation(name + suffix, idempotent)), $"{method} {prefix}{resource}");
            }

            foreach (var (path, name) in Supervisor)
            {
                var expected = prefix.Length == 0 ? new ConferenceOperation($"POST /base/v1/telephony/conference{path}", false) : new ConferenceOperation(name + suffix, false);
                Assert.That(Identify("POST", prefix + path), Is.EqualTo(expected), prefix + path);
            }
        }
    }

    [Test]
    public void A_base_address_that_contains_the_root_does_not_confuse_it() =>
        Assert.That(Operation("POST", "https://gw.example/telephony/conference-gw/v1/telephony/conference/hold").IsIdempotent, Is.True);

    private static ConferenceOperation Identify(string method, string path) =>
        Operation(method, "https://webexapis.com/base/v1/telephony/conference" + path);

    private static ConferenceOperation Operation(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url));
        return ConferenceOperations.Of(request);
    }
}
