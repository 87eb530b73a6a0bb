using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Testing;

namespace Webex.Calling.Conference.Cli.Tests.Support;

/// <summary>One simulator per test, and runs of the tool in-process with their output captured.</summary>
public abstract class CliTest
{
    protected ConferenceSimulator Simulator { get; private set; } = null!;

    [SetUp]
    public void StartSimulator() => Simulator = ConferenceSimulator.Start();

    [TearDown]
    public void StopSimulator() => Simulator.Dispose();

    /// <summary>How the tool names the simulator reached through --base-url: by its address.</summary>
    protected string SimulatorApiName => $"the API at {Simulator.BaseAddress.GetLeftPart(UriPartial.Authority)}";

    /// <summary>Runs the tool against the simulator, with its address and token.</summary>
    protected Task<CliResult> RunAgainstSimulatorAsync(params string[] args) => RunAsync(AgainstSimulator(args));

    /// <summary>The command line with the simulator's address and token.</summary>
    protected string[] AgainstSimulator(params string[] args) =>
        [.. args, "--base-url", Simulator.BaseAddress.ToString(), "--token", Simulator.AccessToken];

    /// <summary>
    /// Runs the tool with exactly these arguments, in an environment of <paramref name="environment"/> only
    /// (none by default, so a token of the machine's never leaks in).
    /// </summary>
    protected static async Task<CliResult> RunAsync(
        string[] args,
        IDictionary<string, string?>? environment = null,
        Action<ConferenceClientOptions>? configureClient = null,
        CancellationToken cancellationToken = default)
    {
        // One line ending on every platform, so expected output can be written as text.
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };

        var exitCode = await ConferenceCli.RunAsync(args, stdout, stderr, environment ?? new Dictionary<string, string?>(), configureClient, cancellationToken);

        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Starts a conference of these calls on the user's own line, through the library rather than the tool.</summary>
    protected async Task StartConferenceAsync(params string[] callIds)
    {
        foreach (var callId in callIds)
        {
            Simulator.AddCall(callId);
        }

        await Client().StartConferenceAsync(callIds);
    }

    /// <summary>The conference as the simulator has it now.</summary>
    protected Task<ConferenceDetails> ConferenceAsync() => Client().GetConferenceDetailsAsync();

    protected static ConferenceParticipant Participant(ConferenceDetails conference, string callId) =>
        conference.Participants!.Single(p => p.CallId == callId);

    protected SimulatedRequest LastRequest(SimulatedOperation operation) =>
        Simulator.Requests.Last(r => r.Operation == operation);

    private ConferenceControlsClient Client() =>
        new(new ConferenceClientOptions { AccessToken = Simulator.AccessToken, BaseAddress = Simulator.BaseAddress });
}
