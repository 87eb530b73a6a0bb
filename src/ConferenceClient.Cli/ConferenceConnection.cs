using System;
using System.Threading;
using System.Threading.Tasks;
using Webex.Calling.Conference.Cli.Output;
using Webex.Calling.Conference.Cli.Simulation;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli;

/// <summary>The client a command talks through: to the API its token and address name, or to a built-in simulator with --simulator.</summary>
internal sealed class ConferenceConnection : IDisposable
{
    private readonly ConferenceSimulator? _simulator;

    private ConferenceConnection(ConferenceClientOptions options, ConferenceSimulator? simulator)
    {
        _simulator = simulator;
        Options = options;
        Client = new ConferenceControlsClient(options);
    }

    /// <summary>The client's options, for a command that sends its own requests through the same pipeline (conformance).</summary>
    public ConferenceClientOptions Options { get; }

    /// <summary>The client; whose conference an operation acts on is its scope's (--member, --me).</summary>
    public IConferenceControlsClient Client { get; }

    /// <summary>
    /// Connects as <paramref name="settings"/> say, which the usage rules have checked. With --simulator,
    /// starts one with the calls <paramref name="operation"/> (a public name) needs, and says so on stderr.
    /// </summary>
    public static async Task<ConferenceConnection> OpenAsync(
        ConnectionSettings settings, string operation, Endpoint endpoint, ConsoleOutput output, CliContext context, CancellationToken cancellationToken)
    {
        if (!settings.Simulator)
        {
            return new ConferenceConnection(CreateOptions(settings.Token!, settings.BaseAddress, settings, endpoint, output, context), simulator: null);
        }

        var simulator = ConferenceSimulator.Start();
        try
        {
            output.Seeded(await SimulatorSeed.PlantAsync(simulator, settings, operation, cancellationToken));
            return new ConferenceConnection(CreateOptions(simulator.AccessToken, simulator.BaseAddress, settings, endpoint, output, context), simulator);
        }
        catch
        {
            simulator.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A client with the library's retries and timeouts, or those the settings give; it counts each
    /// attempt for <paramref name="endpoint"/>, and traces it on stderr with --verbose.
    /// </summary>
    public static IConferenceControlsClient CreateClient(
        string token, Uri? baseAddress, ConnectionSettings settings, Endpoint endpoint, ConsoleOutput output, CliContext context) =>
        new ConferenceControlsClient(CreateOptions(token, baseAddress, settings, endpoint, output, context));

    private static ConferenceClientOptions CreateOptions(
        string token, Uri? baseAddress, ConnectionSettings settings, Endpoint endpoint, ConsoleOutput output, CliContext context)
    {
        var options = new ConferenceClientOptions { AccessToken = token, BaseAddress = baseAddress, LineOwnerId = settings.LineOwnerId };
        if (settings.Timeout is { } timeout)
        {
            options.Timeout = timeout;
        }

        if (settings.MaxRetries is { } maxRetries)
        {
            options.MaxRetries = maxRetries;
        }

        options.AttemptHandlers.Add(() => new AttemptCounter(endpoint));
        if (settings.Verbose)
        {
            options.AttemptHandlers.Add(() => new RequestTracer(output));
        }

        context.ConfigureClient?.Invoke(options);
        endpoint.AttemptTimeout = options.Timeout;
        options.AttemptHandlers.Add(() => new AnswerRecorder(endpoint, options.MaxResponseSize));
        return options;
    }

    public void Dispose() => _simulator?.Dispose();
}
