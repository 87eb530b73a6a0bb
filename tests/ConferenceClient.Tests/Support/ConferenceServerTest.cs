using System;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Webex.Calling.Conference.Tests.Support;

/// <summary>One WireMock server on loopback per test, and a client pointed at it.</summary>
public abstract class ConferenceServerTest
{
    protected const string Token = "test-token-0123456789";
    protected const string ConferencePath = "/v1/telephony/conference";
    protected static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    protected WireMockServer Server { get; private set; } = null!;

    protected ClientClock Clock { get; private set; } = null!;

    protected Uri BaseAddress => new(Server.Url + "/v1/");

    [SetUp]
    public void StartServer()
    {
        Server = WireMockServer.Start();
        Clock = new ClientClock { Patience = Patience.Limit };
    }

    [TearDown]
    public void StopServer()
    {
        Server.Stop();
        Server.Dispose();
    }

    protected ConferenceControlsClient CreateClient(Action<ConferenceClientOptions>? configure = null)
    {
        var options = new ConferenceClientOptions
        {
            AccessToken = Token,
            BaseAddress = BaseAddress,
            TimeProvider = Clock,
            Timeout = AttemptTimeout,
        };
        configure?.Invoke(options);
        return new ConferenceControlsClient(options);
    }

    /// <summary>
    /// A token provider that counts attempts on the client's side, for servers that cannot count them:
    /// WireMock logs a request only once it has answered, and a refused connection reaches no server.
    /// </summary>
    protected static Func<CancellationToken, ValueTask<string>> CountingToken(Action onAttempt) => _ =>
    {
        onAttempt();
        return new ValueTask<string>(Token);
    };

    protected static IRequestBuilder At(string path, string method) =>
        Request.Create().WithPath(path).UsingMethod(method);

    protected static IResponseBuilder NoContent() => Response.Create().WithStatusCode(204);

    protected static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    protected void Answer(string path, string method, IResponseBuilder response) =>
        Server.Given(At(path, method)).RespondWith(response);

    /// <summary>Any request under telephony/conference, whatever its method.</summary>
    protected static IRequestBuilder AnyOperation() =>
        Request.Create().WithPath(p => p.StartsWith(ConferencePath, StringComparison.Ordinal)).UsingAnyMethod();
}
