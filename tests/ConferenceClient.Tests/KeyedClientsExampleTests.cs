using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

/// <summary>The README's samples of several clients in one app, word for word, compiled and run against a server.</summary>
public class KeyedClientsExampleTests : ConferenceServerTest
{
    [Test]
    public async Task The_documented_tenants_each_call_with_their_own_token_line_owner_and_handlers()
    {
        Server.Given(AnyOperation()).RespondWith(NoContent());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Webex:Tenants:tenant-a:AccessToken"] = "token-a",
            ["Webex:Tenants:tenant-a:BaseAddress"] = BaseAddress.ToString(),
            ["Webex:Tenants:tenant-a:LineOwnerId"] = "front-desk",
        }).Build();
        var tenantBTokens = new TenantTokens("token-b");
        var audit = new List<string>();
        var services = new ServiceCollection();
        services.Configure<ConferenceClientOptions>("tenant-b", o => o.BaseAddress = BaseAddress);

        services.AddKeyedConferenceControlsClient("tenant-a", configuration.GetSection("Webex:Tenants:tenant-a"));
        services.AddKeyedConferenceControlsClient("tenant-b", o => o.AccessTokenProvider = tenantBTokens.GetAsync)
            .AddHttpMessageHandler(() => new AuditHandler(audit));                      // sees tenant B's attempts only
        services.Configure<ConferenceClientOptions>("tenant-b", o => o.LineOwnerId = "reception");   // adjusts tenant B only
        services.AddTransient<ReceptionConsole>();

        using var provider = services.BuildServiceProvider();

        var tenantA = provider.GetRequiredKeyedService<IConferenceControlsClient>("tenant-a");
        await tenantA.HoldAsync();

        await provider.GetRequiredService<ReceptionConsole>().HoldAsync();

        Assert.That(Server.Requests().Select(r => (r.Header("Authorization"), r.QueryString())), Is.EqualTo(new[]
        {
            ("Bearer token-a", "lineOwnerId=front-desk"),
            ("Bearer token-b", "lineOwnerId=reception"),
        }));
        Assert.That(audit, Is.EqualTo(new[] { "POST /v1/telephony/conference/hold?lineOwnerId=reception" }));
    }

    public sealed class ReceptionConsole([FromKeyedServices("tenant-b")] IConferenceControlsClient conference)
    {
        public Task HoldAsync() => conference.HoldAsync();   // tenant B's token, rate limit and line owner
    }

    private sealed class TenantTokens(string token)
    {
        public ValueTask<string> GetAsync(CancellationToken cancellationToken) => new(token);
    }
}
