using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

/// <summary>The README's samples of handling errors, kept compiling and passing (as a user writes them: LogWarning, not LoggerMessage).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1848", Justification = "The README's samples log as most apps do.")]
public class ErrorsExampleTests : ConferenceServerTest
{
    [Test]
    public async Task A_refusal_is_logged_with_the_webex_message_and_tracking_id()
    {
        Answer(ConferencePath + "/addParticipant", "POST", Json(400, """{"message":"Invalid call.","trackingId":"ROUTER_42"}"""));
        using var logs = new CapturingLoggerProvider();
        var logger = logs.CreateLogger("Example");
        var client = CreateClient();
        var callId = "c3";

        try { await client.AddParticipantAsync(callId); }
        catch (ConferenceApiException e) when (e.StatusCode == 400)
        {
            logger.LogWarning("Webex refused: {Message} (tracking ID {TrackingId})", e.WebexMessage, e.TrackingId);
        }

        Assert.That(logs.Lines.Single().Message, Does.StartWith("Webex refused: Invalid call. (tracking ID ROUTER_42) |"));
    }

    [Test]
    public async Task No_answer_is_logged_with_the_tracking_id_sent()
    {
        using var logs = new CapturingLoggerProvider();
        var logger = logs.CreateLogger("Example");
        var client = CreateClient(o => (o.BaseAddress, o.MaxRetries) = (ClosedPort.BaseAddress(), 0));

        try { await client.HoldAsync(); }
        catch (HttpRequestException e)
        {
            logger.LogWarning(e, "Webex unreachable (tracking ID {TrackingId})", e.Data[ConferenceControlsClient.TrackingIdDataKey]);
        }

        Assert.That(logs.Lines.Single().Message, Does.Match("^Webex unreachable \\(tracking ID WXCONF_[0-9a-f-]+\\) [|]"));
    }
}
