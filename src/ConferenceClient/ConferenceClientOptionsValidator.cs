using System;
using Microsoft.Extensions.Options;

namespace Webex.Calling.Conference;

/// <summary>Validates options from dependency injection with the same rules as the options constructor.</summary>
internal sealed class ConferenceClientOptionsValidator : IValidateOptions<ConferenceClientOptions>
{
    public ValidateOptionsResult Validate(string? name, ConferenceClientOptions options)
    {
        // IHttpClientFactory rebuilds handler chains from time to time, so handler instances cannot be reused.
        if (options.AttemptHandlers.Count > 0)
        {
            return ValidateOptionsResult.Fail(
                "AttemptHandlers are not used with dependency injection: add handlers to the IHttpClientBuilder that AddConferenceControlsClient returns.");
        }

        try
        {
            options.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException invalid)
        {
            return ValidateOptionsResult.Fail(invalid.Message);
        }
    }
}
