using System;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace Webex.Calling.Conference.Benchmarks;

/// <summary>The server, the client and the hand-written calls that every benchmark class shares.</summary>
public abstract class AgainstWebexLikeServer
{
    protected const string Token = "bench-token";

    protected WebexLikeServer Server { get; private set; } = null!;

    protected ConferenceControlsClient Client { get; private set; } = null!;

    protected HandWrittenCalls HandWritten { get; private set; } = null!;

    [GlobalSetup]
    public async Task StartAsync()
    {
        Server = await WebexLikeServer.StartAsync();
        Client = new ConferenceControlsClient(new ConferenceClientOptions { AccessToken = Token, BaseAddress = Server.BaseAddress });
        HandWritten = new HandWrittenCalls(Server.BaseAddress, Token);
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
