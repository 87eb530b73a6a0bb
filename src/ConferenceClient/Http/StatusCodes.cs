using System.Net;

namespace Webex.Calling.Conference.Http;

/// <summary>The statuses the retry rules name that netstandard2.0's <see cref="HttpStatusCode"/> lacks, as constants for patterns.</summary>
internal static class StatusCodes
{
    public const HttpStatusCode Locked = (HttpStatusCode)423;

    public const HttpStatusCode TooManyRequests = (HttpStatusCode)429;
}
