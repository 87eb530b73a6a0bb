using System;
using System.Net.Http;

namespace Webex.Calling.Conference.Http;

/// <summary>A request that carries the operation it was made for, set by the generated method that made it.</summary>
internal sealed class ConferenceRequestMessage(HttpMethod method, Uri requestUri, ConferenceOperation operation) : HttpRequestMessage(method, requestUri)
{
    public ConferenceOperation Operation { get; } = operation;
}
