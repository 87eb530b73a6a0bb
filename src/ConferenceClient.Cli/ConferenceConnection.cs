using System;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli;

/// <summary>The client a command talks through: to Webex with a token, or to a built-in simulator without one.</summary>
internal sealed class ConferenceConnection : IDisposable
{
    private readonly ConferenceSimulator? _simulator;

    private ConferenceConnection(IConferenceControlsClient client, ConferenceSimulator? simulator, ConnectionSettings settings)
    {
        Client = client;
        _simulator = simulator;
        Target = settings.MemberId is { } memberId ? ConferenceTarget.Member(client, memberId, settings.OrgId)
            : settings.Me ? ConferenceTarget.Me(client)
            : ConferenceTarget.User(client);
    }

    public IConferenceControlsClient Client { get; }

    /// <summary>Whose conference the command acts on, as --member and --me say.</summary>
    public ConferenceTarget Target { get; }

    /// <exception cref="ArgumentException">The settings cannot make a client (a blank token, a base URL without a token, ...).</exception>
    public static ConferenceConnection Open(ConnectionSettings settings, CliContext context)
    {
        ValidateScope(settings);
        if (settings.Token is { } token)
        {
            if (string.IsNullOrWhiteSpace(token))
            {
                throw new ArgumentException("--token is blank: pass a Webex access token, or leave --token out to use the built-in simulator.");
            }

            return new ConferenceConnection(CreateClient(token, settings.BaseAddress, settings.LineOwnerId, settings.Verbose, context), simulator: null, settings);
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
                CreateClient(simulator.AccessToken, simulator.BaseAddress, settings.LineOwnerId, settings.Verbose, context), simulator, settings);
        }
        catch
        {
            simulator.Dispose();
            throw;
        }
    }

    // The members paths take no line owner, and a conference belongs to one owner at a time.
    private static void ValidateScope(ConnectionSettings settings)
    {
        if (settings.MemberId is not null && settings.Me)
        {
            throw new ArgumentException("--member and --me name two different conferences: give one.");
        }

        if (settings.OrgId is not null && settings.MemberId is null)
        {
            throw new ArgumentException("--org is the organisation of --member: give --member too.");
        }

        if (settings.MemberId is not null && settings.LineOwnerId is not null)
        {
            throw new ArgumentException("--line-owner does not apply to --member: the members paths take no line owner.");
        }
    }

    /// <summary>A client with the library's retries and timeouts, tracing each attempt on stderr when <paramref name="verbose"/>.</summary>
    public static IConferenceControlsClient CreateClient(string token, Uri? baseAddress, string? lineOwnerId, bool verbose, CliContext context)
    {
        var options = new ConferenceClientOptions { AccessToken = token, BaseAddress = baseAddress, LineOwnerId = lineOwnerId };
        if (verbose)
        {
            options.AttemptHandlers.Add(() => new RequestTracer(context.Stderr));
        }

        context.ConfigureClient?.Invoke(options);
        return new ConferenceControlsClient(options);
    }

    public void Dispose() => _simulator?.Dispose();
}
