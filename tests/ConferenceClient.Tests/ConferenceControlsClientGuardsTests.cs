using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

public class ConferenceControlsClientGuardsTests : ConferenceServerTest
{
    private static readonly string[] Blanks = ["", " ", "\t\n"];
    private static readonly object[] TooFewCallIds = [new object[] { Array.Empty<string>() }, new object[] { new[] { "c1" } }];

    [SetUp]
    public void AnswerEverything() =>
        Server.Given(AnyOperation())
            .RespondWith(NoContent());

    [Test]
    public async Task Start_needs_call_ids()
    {
        var client = CreateClient();

        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => client.StartConferenceAsync(null!));

        Assert.That(error!.ParamName, Is.EqualTo("callIds"));
        Assert.That(Server.Requests(), Is.Empty);
    }

    [TestCaseSource(nameof(TooFewCallIds))]
    public async Task Start_needs_at_least_two_call_ids(string[] callIds)
    {
        var client = CreateClient();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.StartConferenceAsync(callIds));

        Assert.That(error!.ParamName, Is.EqualTo("callIds"));
        Assert.That(error.Message, Does.StartWith($"callIds needs at least 2 values; {callIds.Length} given."));
        Assert.That(Server.Requests(), Is.Empty);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public async Task Start_refuses_a_blank_call_id(string? blank)
    {
        var client = CreateClient();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.StartConferenceAsync(new[] { "c1", blank! }));

        Assert.That(error!.ParamName, Is.EqualTo("callIds"));
        Assert.That(Server.Requests(), Is.Empty);
    }

    [Test]
    public async Task Start_reads_a_lazy_sequence_once()
    {
        var client = CreateClient();
        var enumerations = 0;
        IEnumerable<string> Lazy()
        {
            enumerations++;
            yield return "c1";
            yield return "c2";
        }

        await client.StartConferenceAsync(Lazy());

        Assert.That(enumerations, Is.EqualTo(1));
        Assert.That(Server.Requests(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Participant_operations_need_a_call_id()
    {
        var client = CreateClient();

        Assert.That((await Assert.ThrowsAsync<ArgumentNullException>(() => client.AddParticipantAsync(null!)))!.ParamName, Is.EqualTo("callId"));
        Assert.That((await Assert.ThrowsAsync<ArgumentNullException>(() => client.DeafenParticipantAsync(null!)))!.ParamName, Is.EqualTo("callId"));
        Assert.That((await Assert.ThrowsAsync<ArgumentNullException>(() => client.UndeafenParticipantAsync(null!)))!.ParamName, Is.EqualTo("callId"));
        Assert.That(Server.Requests(), Is.Empty);
    }

    [TestCaseSource(nameof(Blanks))]
    public async Task Participant_operations_refuse_a_blank_call_id(string blank)
    {
        var client = CreateClient();

        await Assert.ThrowsAsync<ArgumentException>(() => client.AddParticipantAsync(blank));
        await Assert.ThrowsAsync<ArgumentException>(() => client.DeafenParticipantAsync(blank));
        await Assert.ThrowsAsync<ArgumentException>(() => client.UndeafenParticipantAsync(blank));
        await Assert.ThrowsAsync<ArgumentException>(() => client.MuteAsync(blank));
        await Assert.ThrowsAsync<ArgumentException>(() => client.UnmuteAsync(blank));
        Assert.That(Server.Requests(), Is.Empty);
    }

    [TestCaseSource(nameof(Blanks))]
    public async Task A_blank_line_owner_is_refused_before_anything_is_sent(string blank)
    {
        var client = CreateClient();

        Assert.That((await Assert.ThrowsAsync<ArgumentException>(() => client.GetConferenceDetailsAsync(blank)))!.ParamName, Is.EqualTo("lineOwnerId"));
        await Assert.ThrowsAsync<ArgumentException>(() => client.StartConferenceAsync(new[] { "c1", "c2" }, blank));
        await Assert.ThrowsAsync<ArgumentException>(() => client.ReleaseConferenceAsync(blank));
        await Assert.ThrowsAsync<ArgumentException>(() => client.AddParticipantAsync("c3", blank));
        await Assert.ThrowsAsync<ArgumentException>(() => client.HoldAsync(blank));
        await Assert.ThrowsAsync<ArgumentException>(() => client.ResumeAsync(blank));
        Assert.Throws<ArgumentException>(() => client.WithLineOwner(blank));
        Assert.That(Server.Requests(), Is.Empty);
    }

    [TestCaseSource(nameof(Blanks))]
    public void A_blank_default_line_owner_is_refused_when_the_client_is_built(string blank)
    {
        var error = Assert.Throws<ArgumentException>(() => CreateClient(o => o.LineOwnerId = blank));

        Assert.That(error!.ParamName, Is.EqualTo("LineOwnerId"));
    }
}
