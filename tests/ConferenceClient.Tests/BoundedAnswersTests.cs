using System;
using System.Linq;
using Microsoft.Extensions.Logging;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Support;
using WireMock.ResponseBuilders;

namespace Webex.Calling.Conference.Tests;

/// <summary>Nothing read from the network is unbounded: answers larger than the client reads, and the text an exception keeps.</summary>
public class BoundedAnswersTests : ConferenceServerTest
{
    private const long Limit = 64 * 1024;

    // What a server can still push into the loopback's socket buffers before it notices the drop.
    private const long SocketBuffers = 32L * 1024 * 1024;

    [Test]
    public async Task A_content_length_above_the_limit_is_refused_unread_and_not_retried()
    {
        Answer(ConferencePath, "GET", Json(200, "{\"state\":\"connected\",\"pad\":\"" + new string('x', 100_000) + "\"}").WithHeader("TrackingID", "ROUTER_BIG"));
        var client = CreateClient(o => o.MaxResponseSize = Limit);

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => client.GetConferenceDetailsAsync()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(200));
            Assert.That(error.Message, Does.Contain($"with a body larger than the {Limit} bytes this client reads"));
            Assert.That(error.TrackingId, Is.EqualTo("ROUTER_BIG"));
            Assert.That(error.Response, Is.Empty);
            Assert.That(Server.Requests(), Has.Count.EqualTo(1), "not retried");
        });
    }

    [Test]
    public async Task An_endless_body_is_read_no_further_than_the_limit_and_the_connection_is_dropped()
    {
        using var server = new FloodingServer("200 OK", contentLength: null);
        var client = CreateClient(o => (o.BaseAddress, o.MaxResponseSize) = (server.BaseAddress, Limit));

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => client.GetConferenceDetailsAsync().Settled()))!;
        await server.Dropped.Settled();

        Assert.That(error.StatusCode, Is.EqualTo(200));
        Assert.That(error.TrackingId, Is.EqualTo("ROUTER_FLOOD"));
        Assert.That(server.Requests, Is.EqualTo(1), "not retried");
        Assert.That(server.BytesSent, Is.LessThan(SocketBuffers));
    }

    [Test]
    public async Task An_error_body_above_the_limit_keeps_the_status_and_is_not_retried()
    {
        using var server = new FloodingServer("503 Service Unavailable", contentLength: null);
        var client = CreateClient(o => (o.BaseAddress, o.MaxResponseSize) = (server.BaseAddress, Limit));

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync().Settled()))!;

        Assert.That(error.StatusCode, Is.EqualTo(503));
        Assert.That(error.Message, Does.Contain("larger than"));
        Assert.That(server.Requests, Is.EqualTo(1));
    }

    [Test]
    public async Task The_success_of_an_operation_without_a_result_is_not_read()
    {
        using var server = new FloodingServer("200 OK", contentLength: 1L << 30);
        var client = CreateClient(o => o.BaseAddress = server.BaseAddress);

        await client.MuteAsync("c1").Settled();
        await server.Dropped.Settled();

        Assert.That(server.BytesSent, Is.LessThan(SocketBuffers));
    }

    [Test]
    public async Task With_your_own_HttpClient_an_answer_above_the_default_limit_is_refused()
    {
        Answer(ConferencePath, "GET", Json(200, "{\"pad\":\"" + new string('x', 1_100_000) + "\"}"));
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var client = new ConferenceControlsClient(http);

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => client.GetConferenceDetailsAsync()))!;

        Assert.That(error.Message, Does.Contain("with a body larger than the 1048576 bytes"));
    }

    [Test]
    public async Task The_body_an_exception_keeps_is_cut_and_says_so()
    {
        var message = new string('m', 50_000);
        Answer(ConferencePath + "/hold", "POST", Json(400, "{\"message\":\"" + message + "\",\"pad\":\"" + new string('x', 100_000) + "\"}"));
        var client = CreateClient();

        var error = (await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Response, Has.Length.LessThan(ConferenceApiException.KeptBodyLength + 100));
            Assert.That(error.Response, Does.EndWith("characters in all]"));
            Assert.That(error.WebexMessage, Is.EqualTo(message), "the parsed error is whole");
            Assert.That(error.Message, Has.Length.LessThan(1000));
            Assert.That(error.ToString(), Has.Length.LessThan(2 * ConferenceApiException.KeptBodyLength + 3000));
        });
    }

    [Test]
    public void The_limit_is_checked_with_the_options()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CreateClient(o => o.MaxResponseSize = 1023));
        Assert.Throws<ArgumentOutOfRangeException>(() => CreateClient(o => o.MaxResponseSize = (long)int.MaxValue + 1));
        Assert.DoesNotThrow(() => CreateClient(o => o.MaxResponseSize = 1024));
    }

    [Test]
    public async Task A_too_large_4xx_is_logged_once_as_the_failed_answer_it_is()
    {
        using var logs = new CapturingLoggerProvider();
        using var factory = logs.CreateFactory();
        using var server = new FloodingServer("404 Not Found", contentLength: 5_000_000);
        var client = CreateClient(o => (o.BaseAddress, o.MaxResponseSize, o.LoggerFactory) = (server.BaseAddress, Limit, factory));

        await Assert.CatchAsync<ConferenceApiException>(() => client.HoldAsync().Settled());

        var line = logs.Lines.Single();
        Assert.That(line.Level, Is.EqualTo(Microsoft.Extensions.Logging.LogLevel.Information));
        Assert.That(line.Message, Does.Contain("failed with 404").And.Contain("ROUTER_FLOOD"));
    }
}
