using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Cli;

/// <summary>Counts every attempt (it sits inside the retries), so a timeout can say how many were made.</summary>
internal sealed class AttemptCounter(Endpoint endpoint) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        endpoint.CountAttempt();
        return base.SendAsync(request, cancellationToken);
    }
}
