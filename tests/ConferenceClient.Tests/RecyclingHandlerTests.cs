using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Http;
using Webex.Calling.Conference.Testing;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

// The netstandard2.0 build's transport: HttpClientHandlers keep their connections for ever, so a new
// one takes over every lifetime, and DNS changes reach long-lived clients as on .NET's SocketsHttpHandler.
public class RecyclingHandlerTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    [Test]
    public async Task Connections_are_kept_within_the_lifetime_and_new_ones_opened_after_it()
    {
        using var server = new KeepAliveServer();
        var clock = new ClientClock();
        using var transport = new RecyclingHandler(() => new HttpClientHandler(), Lifetime, clock);
        using var http = new HttpClient(transport, disposeHandler: false) { BaseAddress = server.BaseAddress };

        await SendAsync(http, times: 3);
        clock.Advance(Lifetime - TimeSpan.FromSeconds(1));
        await SendAsync(http, times: 1);
        var before = (server.Connections, transport.HandlersMade);
        clock.Advance(TimeSpan.FromSeconds(1));
        await SendAsync(http, times: 2);

        Assert.That(before, Is.EqualTo((1, 1)), "one connection serves every request within the lifetime");
        Assert.That((server.Connections, transport.HandlersMade), Is.EqualTo((2, 2)), "a new handler, and a new connection, after it");
    }

    [Test]
    public async Task A_replaced_handler_is_disposed_one_lifetime_later_so_answers_in_flight_finish()
    {
        using var server = new KeepAliveServer();
        var clock = new ClientClock();
        var made = new List<DisposalRecorder>();
        using var transport = new RecyclingHandler(() => Recorded(made), Lifetime, clock);
        using var http = new HttpClient(transport, disposeHandler: false) { BaseAddress = server.BaseAddress };

        await SendAsync(http, times: 1);
        clock.Advance(Lifetime);
        await SendAsync(http, times: 1);
        var afterOneTurn = made.ConvertAll(h => h.Disposed);
        clock.Advance(Lifetime);
        await SendAsync(http, times: 1);
        var afterTwoTurns = made.ConvertAll(h => h.Disposed);
        transport.Dispose();

        Assert.That(afterOneTurn, Is.EqualTo(new[] { false, false }), "the first handler outlives its replacement by a lifetime");
        Assert.That(afterTwoTurns, Is.EqualTo(new[] { true, false, false }));
        Assert.That(made.ConvertAll(h => h.Disposed), Is.All.True, "disposing the transport disposes what it holds");
    }

    private static async Task SendAsync(HttpClient http, int times)
    {
        for (var i = 0; i < times; i++)
        {
            using var answer = await http.GetAsync("telephony/conference");
            Assert.That((int)answer.StatusCode, Is.EqualTo(204));
        }
    }

    private static HttpMessageHandler Recorded(List<DisposalRecorder> made)
    {
        var handler = new DisposalRecorder();
        made.Add(handler);
        return handler;
    }

    private sealed class DisposalRecorder() : DelegatingHandler(new HttpClientHandler())
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
