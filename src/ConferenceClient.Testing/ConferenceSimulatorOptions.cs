namespace Webex.Calling.Conference.Testing;

/// <summary>How <see cref="ConferenceSimulator.Start(ConferenceSimulatorOptions)"/> starts a simulator.</summary>
public sealed class ConferenceSimulatorOptions
{
    /// <summary>The only token the simulator accepts; a new random one when null.</summary>
    public string? AccessToken { get; set; }

    /// <summary>
    /// The loopback port to listen on; 0 (the default) for any free port. A port that is taken makes
    /// <c>Start</c> throw an <see cref="System.IO.IOException"/> that names it.
    /// </summary>
    public int Port { get; set; }

    /// <summary>The spec to serve; the one embedded in this build when null. For the kit's own tests of a changed spec.</summary>
    internal ApiSpec? Spec { get; set; }
}
