using System;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace Webex.Calling.Conference.Benchmarks;

/// <summary>The server, the client and the hand-written calls that every benchmark class shares.</summary>
public abstract class AgainstWebexLikeServer
{
    protected WebexLikeServer Server { get; private set; } = null!;

    protected ConferenceControlsClient Client { get; private set; } = null!;

    protected HandWrittenCalls HandWritten { get; private set; } = null!;

    [GlobalSetup]
    public async Task StartAsync()
    {
        Server = await WebexLikeServer.StartAsync();
        Client = new ConferenceControlsClient(new ConferenceClientOptions { AccessToken = WebexLikeServer.Token, BaseAddress = Server.BaseAddress });
        HandWritten = new HandWrittenCalls(Server.BaseAddress, WebexLikeServer.Token);
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        HandWritten.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>Get conference details, 3 and 100 participants.</summary>
[MemoryDiagnoser]
public class GetConferenceDetails : AgainstWebexLikeServer
{
    [Params(3, 100)]
    public int Participants { get; set; }

    private string LineOwner => "p" + Participants;

    [Benchmark(Baseline = true, Description = "HttpClient + Newtonsoft.Json")]
    public Task<PlainDetails?> HandWrittenNewtonsoft() => HandWritten.GetWithNewtonsoftAsync("?lineOwnerId=" + LineOwner);

    [Benchmark(Description = "HttpClient + System.Text.Json")]
    public Task<PlainDetails?> HandWrittenSystemTextJson() => HandWritten.GetWithSystemTextJsonAsync("?lineOwnerId=" + LineOwner);

    [Benchmark(Description = "ConferenceControlsClient")]
    public Task<ConferenceDetails> ConferenceClient() => Client.GetConferenceDetailsAsync(LineOwner);
}

/// <summary>Start conference and mute: a JSON body out, 204 back.</summary>
[MemoryDiagnoser]
public class Commands : AgainstWebexLikeServer
{
    private static readonly string[] CallIds = ["Y2lzY29zcGFyazovL3VzL0NBTEwvY2FsbC0x", "Y2lzY29zcGFyazovL3VzL0NBTEwvY2FsbC0y"];

    [Benchmark(Baseline = true, Description = "start: HttpClient + Newtonsoft.Json")]
    public Task HandWrittenStart() => HandWritten.StartAsync(CallIds);

    [Benchmark(Description = "start: ConferenceControlsClient")]
    public Task ConferenceClientStart() => Client.StartConferenceAsync(CallIds);

    [Benchmark(Description = "mute: HttpClient + Newtonsoft.Json")]
    public Task HandWrittenMute() => HandWritten.MuteAsync(CallIds[0]);

    [Benchmark(Description = "mute: ConferenceControlsClient")]
    public Task ConferenceClientMute() => Client.MuteAsync(CallIds[0]);
}

/// <summary>1, 16 and 128 callers at once on one client: the time and allocations of the whole batch.</summary>
[MemoryDiagnoser]
public class ConcurrentCallers : AgainstWebexLikeServer
{
    [Params(1, 16, 128)]
    public int Callers { get; set; }

    [Benchmark(Baseline = true, Description = "HttpClient + Newtonsoft.Json")]
    public Task HandWrittenNewtonsoft() => Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => HandWritten.GetWithNewtonsoftAsync("?lineOwnerId=p3")));

    [Benchmark(Description = "ConferenceControlsClient")]
    public Task ConferenceClient() => Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Client.GetConferenceDetailsAsync("p3")));
}

/// <summary>
/// The client's own cost, without a server or sockets: both contenders over the same in-memory
/// transport, the client built by dependency injection as an application would, with its whole
/// pipeline (token, tracking ID, retries, attempt timeout, buffering inside the attempt).
/// </summary>
[MemoryDiagnoser]
public class ClientOverhead
{
    private static readonly Uri WebexApi = new("https://webexapis.com/v1/");
    private ServiceProvider _services = null!;
    private IConferenceControlsClient _client = null!;
    private HandWrittenCalls _handWritten = null!;

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddConferenceControlsClient(o => o.AccessToken = WebexLikeServer.Token)
            .ConfigurePrimaryHttpMessageHandler(() => new InMemoryWebex());
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<IConferenceControlsClient>();
        _handWritten = new HandWrittenCalls(WebexApi, WebexLikeServer.Token, new InMemoryWebex());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _handWritten.Dispose();
        _services.Dispose();
    }

    [Benchmark(Baseline = true, Description = "details: HttpClient + Newtonsoft.Json")]
    public Task<PlainDetails?> HandWrittenDetails() => _handWritten.GetWithNewtonsoftAsync("?lineOwnerId=p3");

    [Benchmark(Description = "details: ConferenceControlsClient")]
    public Task<ConferenceDetails> ConferenceClientDetails() => _client.GetConferenceDetailsAsync("p3");

    [Benchmark(Description = "mute: HttpClient + Newtonsoft.Json")]
    public Task HandWrittenMute() => _handWritten.MuteAsync("Y2lzY29zcGFyazovL3VzL0NBTEwvY2FsbC0x");

    [Benchmark(Description = "mute: ConferenceControlsClient")]
    public Task ConferenceClientMute() => _client.MuteAsync("Y2lzY29zcGFyazovL3VzL0NBTEwvY2FsbC0x");
}
