using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference.Cli.Operations;

/// <summary>
/// The library's own guards of an operation, run while parsing: the public method is called on a client
/// whose transport refuses every request, so a value the method refuses is a usage error reported with
/// the others, before a connection is opened or a simulator seeded, and nothing can be sent.
/// </summary>
internal static class GuardCheck
{
    private static readonly IConferenceControlsClient SendsNothing =
        new ConferenceControlsClient(new HttpClient(new RefusingHandler()) { BaseAddress = new Uri("http://guard-check.invalid/") });

    /// <summary>What the method's guards refuse in <paramref name="arguments"/>; null when they pass.</summary>
    public static ArgumentException? Refusal(PublicMethod method, IReadOnlyList<object?> arguments)
    {
        Task call;
        try
        {
            call = method.Invoke(SendsNothing, arguments, CancellationToken.None);
        }
        catch (ArgumentException refused)
        {
            return refused;
        }

        // Past the guards the request meets the refusing handler; a guard inside an async method would fault the task instead.
        _ = call.ContinueWith(static t => t.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
        return call.Exception?.InnerException as ArgumentException;
    }

    private sealed class RefusingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromException<HttpResponseMessage>(new InvalidOperationException("The guard check sends nothing."));
    }
}
