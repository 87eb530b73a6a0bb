using System;

namespace Webex.Calling.Conference.Cli.Output;

/// <summary>What <c>simulator serve</c> prints once it listens: where its API and control API are, and the token both take.</summary>
/// <param name="BaseAddress">The API root, e.g. <c>http://127.0.0.1:5123/v1/</c>.</param>
/// <param name="Token">The only token it accepts.</param>
/// <param name="ControlAddress">The control API's root, e.g. <c>http://127.0.0.1:5123/_simulator/</c>.</param>
internal sealed record ServedSimulator(Uri BaseAddress, string Token, Uri ControlAddress);
