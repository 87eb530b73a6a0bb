using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Timeout;

namespace Webex.Calling.Conference.Http;

/// <summary>Sends each request through the client's retry pipeline; the same message is resent on retry.</summary>
internal sealed class ResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline, TimeSpan attemptTimeout) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RetryPipeline.RequestKey, request);
        try
        {
            var outcome = await pipeline.ExecuteOutcomeAsync(
                static async (ctx, state) =>
                {
                    HttpResponseMessage? response = null;
                    try
                    {
                        response = await state.Handler.SendAttemptAsync(state.Request, ctx.CancellationToken).ConfigureAwait(false);

                        // The body is read inside the attempt, so the attempt timeout covers a server that sends
                        // headers and then stalls, and a connection lost mid-body is a failed attempt.
                        if (response.Content.Headers.ContentLength is not 0)
                        {
                            await response.Content.LoadIntoBufferAsync(ctx.CancellationToken).ConfigureAwait(false);
                        }

                        return Outcome.FromResult(response);
                    }
                    catch (Exception exception)
                    {
                        response?.Dispose();
                        return Outcome.FromException<HttpResponseMessage>(exception);
                    }
                },
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);

            if (outcome.Exception is TimeoutRejectedException timeout)
            {
                // An attempt timeout is the server's slowness, not the caller's cancellation: say so with the type.
                throw new TimeoutException($"The Webex API did not answer within {attemptTimeout.TotalSeconds:0.###} s.", timeout);
            }

            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
