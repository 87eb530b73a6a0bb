using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Webex.Calling.Conference.Cli.Output;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli.Demo;

/// <summary>
/// <c>demo</c>: a scripted conference on a built-in simulator, every operation once and a rate limit
/// the client waits out, printed step by step. It takes about as long as the one Retry-After.
/// </summary>
internal sealed class DemoScript
{
    private static readonly TimeSpan RateLimitWait = TimeSpan.FromSeconds(1);

    private readonly ConferenceSimulator _simulator;
    private readonly IConferenceControlsClient _client;
    private readonly ConsoleOutput _output;
    private readonly Endpoint _endpoint;
    private readonly CancellationToken _cancellationToken;
    private int _step;

    private DemoScript(ConferenceSimulator simulator, IConferenceControlsClient client, ConsoleOutput output, Endpoint endpoint, CancellationToken cancellationToken)
    {
        _endpoint = endpoint;
        _simulator = simulator;
        _client = client;
        _output = output;
        _cancellationToken = cancellationToken;
    }

    /// <param name="output">Where the steps go.</param>
    /// <param name="settings">The demo's settings: only --verbose.</param>
    /// <param name="endpoint">Counts the attempts, for a failure's message.</param>
    /// <param name="context">The tool's console and test hook.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    public static async Task RunAsync(ConsoleOutput output, ConnectionSettings settings, Endpoint endpoint, CliContext context, CancellationToken cancellationToken)
    {
        using var simulator = ConferenceSimulator.Start();
        var client = ConferenceConnection.CreateClient(simulator.AccessToken, simulator.BaseAddress, settings, endpoint, output, context);
        await new DemoScript(simulator, client, output, endpoint, cancellationToken).PlayAsync();
    }

    private async Task PlayAsync()
    {
        var ct = _cancellationToken;

        _simulator.AddCall("call-1");
        _simulator.AddCall("call-2");
        await ShowAsync("The user has two calls: call-1 and call-2");

        await _client.StartConferenceAsync(["call-1", "call-2"], cancellationToken: ct);
        await ShowAsync("Start a conference with call-1 and call-2");

        _simulator.AddCall("call-3");
        await _client.AddParticipantAsync("call-3", cancellationToken: ct);
        await ShowAsync("Add a third call, call-3");

        await _client.MuteAsync("call-1", ct);
        await ShowAsync("Mute call-1");

        await _client.DeafenParticipantAsync("call-2", ct);
        await ShowAsync("Deafen call-2");

        await _client.MuteAsync(cancellationToken: ct);
        await ShowAsync("Mute the host");

        await _client.HoldAsync(cancellationToken: ct);
        await ShowAsync("Hold the conference");

        await _client.ResumeAsync(cancellationToken: ct);
        await ShowAsync("Resume the conference");

        await ShowAsync(
            $"Unmute call-1 while Webex is rate-limiting: it answers 429 with Retry-After {RateLimitWait.TotalSeconds} s, the client waits and retries",
            await UnmuteThroughRateLimitAsync("call-1"));

        await _client.ReleaseConferenceAsync(cancellationToken: ct);
        await ShowAsync("Release the conference");
    }

    private async Task<RateLimitRetry> UnmuteThroughRateLimitAsync(string callId)
    {
        _simulator.InjectFault(SimulatedFault.RateLimited(RateLimitWait), times: 1, operation: SimulatedOperation.Unmute);

        var started = Stopwatch.GetTimestamp();
        await _client.UnmuteAsync(callId, _cancellationToken);
        var waited = Stopwatch.GetElapsedTime(started);

        var statuses = _simulator.Requests.Where(r => r.Operation == SimulatedOperation.Unmute).Select(r => r.Status ?? 0).ToList();
        return new RateLimitRetry(statuses[0], waited, statuses[^1]);
    }

    private async Task ShowAsync(string title, RateLimitRetry? retry = null)
    {
        var conference = await _client.GetConferenceDetailsAsync(cancellationToken: _cancellationToken);
        _output.DemoStep(new DemoStep(++_step, title, conference, SentAnswer.Of(_endpoint.LastAnswer, conference), retry));
    }
}
