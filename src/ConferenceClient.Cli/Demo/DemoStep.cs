using Webex.Calling.Conference.Cli.Output;

namespace Webex.Calling.Conference.Cli.Demo;

/// <summary>One step of the demo and the conference after it.</summary>
/// <param name="Number">The step's number, from 1.</param>
/// <param name="Title">What the step did.</param>
/// <param name="Conference">The conference as the server reports it after the step.</param>
/// <param name="Sent">The conference as the server sent it.</param>
/// <param name="Retry">How the client got through a rate limit in this step, when it met one.</param>
internal sealed record DemoStep(int Number, string Title, ConferenceDetails Conference, SentAnswer Sent, RateLimitRetry? Retry = null);
