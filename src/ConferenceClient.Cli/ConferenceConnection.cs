using System;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli;

/// <summary>The client a command talks through: to Webex with a token, or to a built-in simulator without one.</summary>
internal sealed class ConferenceConnection : IDisposable
{
    private readonly ConferenceSimulator? _simulator;

    private ConferenceConnection(IConferenceControlsClient client, ConferenceSimulator? simulator)
    {
        Client = client;
        _simulator = simulator;
    }

    public IConferenceControlsClient Client { get; }

    /// <exception cref="ArgumentException">The settings cannot make a client (a blank token, a base URL without a token, ...).</exception>
    public static ConferenceConnection Open(ConnectionSettings settings, CliContext context)
    {
        if (settings.Token is { } token)
        {
            if (string.IsNullOrWhiteSpace(token))
            {
                throw new ArgumentException("--token is blank: pass a Webex access token, or leave --token out to use the built-in simulator.");
            }

            return new ConferenceConnection(CreateClient(token, settings.BaseAddress, settings.LineOwnerId, settings.Verbose, context), simulator: null);
        }

        // The simulator has its own address: a base URL without a token would silently not be used.
        if (settings.BaseAddress is not null)
        {
            throw new ArgumentException($"--base-url needs a token: pass --token or set {CommonOptions.TokenVariable}.");
        }

        context.Stderr.WriteLine("no token: using the built-in simulator, which starts with no calls (try 'demo'); pass --token or set " + CommonOptions.TokenVariable + " for Webex");
        var simulator = ConferenceSimulator.Start();
        try
        {
            return new ConferenceConnection(
                CreateClient(simulator.AccessToken, simulator.BaseAddress, settings.LineOwnerId, settings.Verbose, context), simulator);
        }
        catch
        {
            simulator.Dispose();
            throw;
        }
    }

    /// <summary>A client with the library's retries and timeouts, tracing each attempt on stderr when <paramref name="verbose"/>.</summary>
    public static IConferenceControlsClient CreateClient(string token, Uri? baseAddress, string? lineOwnerId, bool verbose, CliContext context)
    {
        var options = new ConferenceClientOptions { AccessToken = token, BaseAddress = baseAddress, LineOwnerId = lineOwnerId };
        if (verbose)
        {
            options.AttemptHandlers.Add(new RequestTracer(context.Stderr));
        }

        context.ConfigureClient?.Invoke(options);
        return new ConferenceControlsClient(options);
    }

    public void Dispose() => _simulator?.Dispose();
}
