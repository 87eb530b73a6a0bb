using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Webex.Calling.Conference.Testing;

// The server: Kestrel on loopback with one terminal handler, no MVC, no routing, no logging.
public sealed partial class ConferenceSimulator
{
    // Nothing the API takes comes near this; a larger body gets a 413 rather than unbounded buffering.
    internal const int MaxRequestBodyBytes = 64 * 1024;

    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private WebApplication Host(int port)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        // The default console lifetime would take Ctrl+C and SIGTERM from the process that hosts the simulator.
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            // Loopback only: a test double must not be reachable from the network.
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        });

        var host = builder.Build();
        host.Run(ServeAsync);
        try
        {
            host.StartAsync().GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            host.DisposeAsync().AsTask().GetAwaiter().GetResult();
            if (port == 0)
            {
                throw;
            }

            throw new IOException($"The simulator cannot listen on 127.0.0.1:{port}: the port is taken. Use port 0 for any free port.", e);
        }

        return host;
    }

    // Port 0 binds any free port; the server says which one it got.
    private static string ListeningAddress(WebApplication host) => host.Urls.Single();

    private static void Stop(WebApplication host)
    {
        using var timeout = new CancellationTokenSource(StopTimeout);
        host.StopAsync(timeout.Token).GetAwaiter().GetResult();
        host.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    // Every request, API or control, comes through here.
    private async Task ServeAsync(HttpContext context)
    {
        var request = await ReceivedRequest.ReadAsync(context).ConfigureAwait(false);
        var trackingId = "ROUTER_SIM_" + Guid.NewGuid().ToString("N");
        var answer = IsControlPath(request.Path)
            ? AnswerControl(request)
            : await AnswerApiAsync(request, trackingId).ConfigureAwait(false);
        await answer.WriteAsync(context.Response, trackingId).ConfigureAwait(false);
    }

    // Started and stopped by Start and Dispose only; signals stay with the process.
    private sealed class EmbeddedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
