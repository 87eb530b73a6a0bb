using System;
using Microsoft.Extensions.Options;

namespace Webex.Calling.Conference;

/// <summary>
/// Validates options from dependency injection with the same rules as the options constructor, those of
/// every keyed client too (its named options), whose failures name its key.
/// </summary>
internal sealed class ConferenceClientOptionsValidator : IValidateOptions<ConferenceClientOptions>
{
    public ValidateOptionsResult Validate(string? name, ConferenceClientOptions options)
    {
        var problem = ProblemOf(options);
        return problem is null ? ValidateOptionsResult.Success
            : string.IsNullOrEmpty(name) ? ValidateOptionsResult.Fail(problem)
            // An app with a client per tenant learns which tenant's settings are wrong.
            : ValidateOptionsResult.Fail($"The client registered with the key '{name}': {problem}");
    }

    private static string? ProblemOf(ConferenceClientOptions options)
    {
        // IHttpClientFactory rebuilds handler chains from time to time, so handler instances cannot be reused.
        if (options.AttemptHandlers.Count > 0)
        {
            return "AttemptHandlers are not used with dependency injection: add handlers to the IHttpClientBuilder that AddConferenceControlsClient returns.";
        }

        try
        {
            options.Validate();
            return null;
        }
        catch (ArgumentException invalid)
        {
            return invalid.Message;
        }
    }
}
