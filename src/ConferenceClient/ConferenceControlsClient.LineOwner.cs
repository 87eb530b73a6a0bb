using System;

namespace Webex.Calling.Conference;

public partial class ConferenceControlsClient
{
    /// <summary>
    /// A client that acts for <paramref name="lineOwnerId"/> by default: a user, workspace or virtual line
    /// with a secondary line on a device of the calling user; or, for null, a client that acts on the
    /// user's own line whatever this client's default. It shares this client's connections, token,
    /// retries, rate limit and <see cref="ObservedDrift"/>; an explicit <c>lineOwnerId</c> argument still wins.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="lineOwnerId"/> is empty or blank.</exception>
    public ConferenceControlsClient WithLineOwner(string? lineOwnerId) =>
        new(_httpClient, ValidLineOwnerId(lineOwnerId, nameof(lineOwnerId)), Drift);

    IConferenceControlsClient IConferenceControlsClient.WithLineOwner(string? lineOwnerId) => WithLineOwner(lineOwnerId);

    /// <summary>The line owner of this call: the argument when given, else this client's default (maybe none).</summary>
    private string? ResolveLineOwnerId(string? lineOwnerId) =>
        lineOwnerId is null ? _lineOwnerId : ValidLineOwnerId(lineOwnerId, nameof(lineOwnerId));

    internal static string? ValidLineOwnerId(string? lineOwnerId, string parameterName)
    {
        if (lineOwnerId is not null && string.IsNullOrWhiteSpace(lineOwnerId))
        {
            throw new ArgumentException("A line owner ID cannot be empty or blank; pass null to act on the user's own line.", parameterName);
        }

        return lineOwnerId;
    }
}
