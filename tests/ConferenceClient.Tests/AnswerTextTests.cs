using System.Linq;
using System.Text;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Webex.Calling.Conference.Tests;

// An answer's bytes as text: the client decodes a buffered answer into pooled arrays, and reads it as a
// UTF-8 StreamReader would; byte-order marks of other encodings and bodies beyond the pool go the old way.
public class AnswerTextTests : ConferenceServerTest
{
    [Test]
    public async Task A_UTF8_byte_order_mark_is_skipped()
    {
        AnswerBytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"state":"connected","participants":[{"callId":"c1"}]}""")]);

        var details = await CreateClient().GetConferenceDetailsAsync();

        Assert.That(details.State, Is.EqualTo(ConferenceState.Connected));
        Assert.That(details.Participants!.Single().CallId, Is.EqualTo("c1"));
    }

    [TestCase("utf-16")]
    [TestCase("utf-16BE")]
    [TestCase("utf-32")]
    public async Task A_body_with_another_encodings_mark_is_read_in_that_encoding(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        AnswerBytes([.. encoding.GetPreamble(), .. encoding.GetBytes("""{"state":"connected","participants":[{"callId":"côté-1"}]}""")]);

        var details = await CreateClient().GetConferenceDetailsAsync();

        Assert.That(details.Participants!.Single().CallId, Is.EqualTo("côté-1"));
    }

    [Test]
    public async Task Characters_beyond_ASCII_arrive_intact_and_an_invalid_byte_reads_as_the_replacement_character()
    {
        var start = Encoding.UTF8.GetBytes("""{"state":"connected","participants":[{"callId":"côté-✓-😀"},{"callId":"bad-""");
        var end = Encoding.UTF8.GetBytes("""-byte"}]}""");
        AnswerBytes([.. start, 0xFF, .. end]);

        var details = await CreateClient().GetConferenceDetailsAsync();

        Assert.That(details.Participants!.Select(p => p.CallId), Is.EqualTo(new[] { "côté-✓-😀", "bad-\uFFFD-byte" }));
    }

    [Test]
    public async Task A_body_larger_than_the_pool_keeps_is_read_whole()
    {
        // 1.5 MB, over the 1 MiB the pooled reading takes, under the limit this client is given.
        var note = new string('n', 1_500_000);
        Answer(ConferencePath, "GET", Json(200, $$"""{"state":"connected","note":"{{note}}"}"""));

        var details = await CreateClient(o => o.MaxResponseSize = 4 * 1024 * 1024).GetConferenceDetailsAsync();

        Assert.That(details.AdditionalProperties["note"], Is.EqualTo(new RawJson($"\"{note}\"")));
    }

    [Test]
    public async Task Answers_read_at_the_same_time_each_keep_their_own_text()
    {
        // Pooled arrays go back to the pool after each read: one returned too early would give an answer another's text.
        const int Owners = 16;
        for (var owner = 0; owner < Owners; owner++)
        {
            var callIds = Enumerable.Range(0, 20).Select(i => $$"""{"callId":"owner-{{owner}}-call-{{i}}"}""");
            Server.Given(Request.Create().WithPath(ConferencePath).UsingGet().WithParam("lineOwnerId", $"o{owner}"))
                .RespondWith(Json(200, $$"""{"state":"connected","participants":[{{string.Join(",", callIds)}}]}"""));
        }

        var client = CreateClient();
        var calls = Enumerable.Range(0, 200).Select(async n =>
        {
            var owner = n % Owners;
            var details = await client.GetConferenceDetailsAsync($"o{owner}");
            return (Owner: owner, CallIds: details.Participants!.Select(p => p.CallId).ToArray());
        }).ToArray();

        foreach (var (owner, callIds) in await Task.WhenAll(calls))
        {
            Assert.That(callIds, Is.EqualTo(Enumerable.Range(0, 20).Select(i => $"owner-{owner}-call-{i}")));
        }
    }

    private void AnswerBytes(byte[] body) =>
        Answer(ConferencePath, "GET", Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));
}
