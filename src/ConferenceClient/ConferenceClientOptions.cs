using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Webex.Calling.Conference;

/// <summary>
/// Settings of the HTTP pipeline that <see cref="ConferenceControlsClient(ConferenceClientOptions)"/> builds:
/// authentication, base address, default line owner, retries and timeouts.
/// </summary>
public sealed partial class ConferenceClientOptions
{
    /// <summary>The Webex API address used when <see cref="BaseAddress"/> is not set.</summary>
    public static readonly Uri DefaultBaseAddress = new(DefaultBaseAddressText);

    // The same address as text: the tool's help names it without making a Uri, whose first parse in a
    // process compiles its vectorized search code (about 3 ms of --help).
    internal const string DefaultBaseAddressText = "https://webexapis.com/v1/";

    /// <summary>
    /// A fixed Webex access token of the calling user. Set this or <see cref="AccessTokenProvider"/>.
    /// The token is sent as <c>Authorization: Bearer</c> and never appears in exceptions.
    /// </summary>
    public string? AccessToken { get; set; }

    /// <summary>
    /// Returns the access token to use. It is asked before every attempt, retries included, so a
    /// refreshed token is picked up without building a new client. Wins over <see cref="AccessToken"/>.
    /// </summary>
    public Func<CancellationToken, ValueTask<string>>? AccessTokenProvider { get; set; }

    /// <summary>
    /// The API root, <see cref="DefaultBaseAddress"/> by default. It must be https, except for a
    /// loopback address (a local simulator or test server), which may use plain http.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// The line owner used by every operation that takes one when the call does not name it.
    /// See <see cref="ConferenceControlsClient.WithLineOwner(string)"/> for a client bound to one line owner.
    /// </summary>
    public string? LineOwnerId { get; set; }

    /// <summary>
    /// How many times a failed attempt is retried (default 3). 0 turns retries off, and with them every
    /// wait: a call made while the client's rate limit holds fails at once, unsent.
    /// </summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>
    /// The longest wait before a retry (default 60 s). When the server asks, through Retry-After, for a
    /// longer wait, the call fails at once with <see cref="ConferenceApiException.RetryAfter"/> set.
    /// It bounds the client's shared rate limit too: after a 429 (or 423) with Retry-After, every call
    /// of the client waits until then, and one that would wait longer fails at once, unsent, with status
    /// 429 and <see cref="ConferenceApiException.RetryAfter"/> the time left.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The time one attempt may take (default 30 s); an attempt that takes longer is abandoned.
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> turns it off, for callers whose own
    /// cancellation token carries the deadline: no timer is armed per attempt then.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The most of an answer's body the client reads, in bytes (default 1 MiB; conference details with
    /// 100 participants are about 10 KB). A larger answer ends the call with a
    /// <see cref="ConferenceApiException"/> that says so, without reading it: a Content-Length above it is
    /// refused at once, and a body without one is read no further. Such a call is not retried.
    /// </summary>
    public long MaxResponseSize { get; set; } = Http.ResponseBody.DefaultLimit;

    /// <summary>The clock of retry waits and timeouts; replace it in tests to control time.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Makers of your own handlers (tracing, proxies' headers, recording), outermost first:
    /// <c>options.AttemptHandlers.Add(() =&gt; new MyHandler())</c>. Each client these options build asks
    /// each maker for a new handler, so one options object builds any number of clients. The handlers sit
    /// inside the retries, after the token is set, so they see every attempt. With dependency
    /// injection, add handlers to the <c>IHttpClientBuilder</c> instead.
    /// </summary>
    public IList<Func<DelegatingHandler>> AttemptHandlers { get; } = [];

    /// <summary>
    /// Where calls (Debug), retries (Warning) and failures (Error) are logged, under the category
    /// <c>Webex.Calling.Conference</c>; nowhere when null. Dependency injection uses the container's.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// Your application's product token, such as <c>ReceptionConsole/2.1</c>, put in front of the
    /// client's own User-Agent (<c>ConferenceClient/1.0.0 (.NET 10.0.0; Linux …)</c>).
    /// </summary>
    public string? ApplicationId { get; set; }
}
