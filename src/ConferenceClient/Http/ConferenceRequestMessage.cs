using System;
using System.Net.Http;

namespace Webex.Calling.Conference.Http;

/// <summary>A request that carries the operation it was made for, set by the generated method that made it, and counts its attempts.</summary>
internal sealed class ConferenceRequestMessage(HttpMethod method, Uri requestUri, ConferenceOperation operation) : HttpRequestMessage(method, requestUri)
{
    public ConferenceOperation Operation { get; } = operation;

    /// <summary>The attempts sent so far, counted by the resilience handler; attempts never run in parallel.</summary>
    public int Attempts { get; set; }
}
