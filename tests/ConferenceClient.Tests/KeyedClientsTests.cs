using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

/// <summary>Several clients in one app: one per key, each with its own options, token, rate limit, HttpClient and logs.</summary>
public class KeyedClientsTests : ConferenceServerTest
{
    private const string TokenA = "token-of-tenant-a";
    private const string TokenB = "token-of-tenant-b";

    [Test]
    public async Task Each_keyed_client_sends_its_own_token()
    {
        Answer(ConferencePath + "/hold", "POST", NoContent());
        Answer(ConferencePath + "/resume", "POST", NoContent());
        var services = new ServiceCollection();
        services.AddKeyedConferenceControlsClient("tenant-a", o => (o.AccessToken, o.BaseAddress) = (TokenA, BaseAddress));
        services.AddKeyedConferenceControlsClient("tenant-b", o => (o.AccessToken, o.BaseAddress) = (TokenB, BaseAddress));
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IConferenceControlsClient>("tenant-a").HoldAsync();
        await provider.GetRequiredKeyedService<IConferenceControlsClient>("tenant-b").ResumeAsync();
        await provider.GetRequiredKeyedService<IConferenceControlsClient>("tenant-a").ResumeAsync();

        Assert.That(Server.Requests().Select(r => (r.Path, r.Header("Authorization"))), Is.EqualTo(new[]
        {
            (ConferencePath + "/hold", "Bearer " + TokenA),
            (ConferencePath + "/resume", "Bearer " + TokenB),
            (ConferencePath + "/resume", "Bearer " + TokenA),
        }));
    }

    [Test]
    public async Task A_rate_limit_on_one_tenant_holds_that_tenants_later_calls_but_not_another_tenants()
    {
        Server.RespondInSequence(At(ConferencePath + "/hold", "POST"), Json(429, "{}").WithHeader("Retry-After", "10"), NoContent());
        Answer(ConferencePath + "/resume", "POST", NoContent());
        Answer(ConferencePath + "/mute", "POST", NoContent());
        using var provider = TwoTenants();
        var tenantA = provider.GetRequiredKeyedService<IConferenceControlsClient>("tenant-a");
        var tenantB = provider.GetRequiredKeyedService<IConferenceControlsClient>("tenant-b");
        var limited = tenantA.HoldAsync();
        await Clock.NextWaitAsync(ignoring: AttemptTimeout);
        var held = tenantA.ResumeAsync();
        await Clock.NextWaitAsync(ignoring: AttemptTimeout);

        await tenantB.MuteAsync().Settled();

        Assert.That(Server.Requests().Select(r => (r.Path, r.Header("Authorization"))), Is.EqualTo(new[]
        {
            (ConferencePath + "/hold", "Bearer " + TokenA),
            (ConferencePath + "/mute", "Bearer " + TokenB),
        }), "tenant B's mute went out at once, with the clock still; tenant A's resume waits for its hold's Retry-After");
        Assert.That(held.IsCompleted, Is.False);
        Clock.Advance(TimeSpan.FromSeconds(12.5));
        await Task.WhenAll(limited, held).Settled();
        Assert.That(Server.Requests().Skip(2).Select(r => (r.Path, r.Header("Authorization"))), Is.EquivalentTo(new[]
        {
            (ConferencePath + "/hold", "Bearer " + TokenA),
            (ConferencePath + "/resume", "Bearer " + TokenA),
        }));
    }

    [Test]
    public async Task A_keyed_clients_options_can_come_from_configuration()
    {
        Answer(ConferencePath + "/resume", "POST", NoContent());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Webex:Tenants:tenant-a:AccessToken"] = TokenA,
            ["Webex:Tenants:tenant-a:BaseAddress"] = BaseAddress.ToString(),
            ["Webex:Tenants:tenant-a:LineOwnerId"] = "owner-a",
            ["Webex:Tenants:tenant-a:MaxRetries"] = "1",
            ["Webex:Tenants:tenant-b:AccessToken"] = TokenB,
            ["Webex:Tenants:tenant-b:Timeout"] = "00:00:10",
        }).Build();
        var services = new ServiceCollection();
        services.AddKeyedConferenceControlsClient("tenant-a", configuration.GetSection("Webex:Tenants:tenant-a"));
        services.AddKeyedConferenceControlsClient("tenant-b", configuration.GetSection("Webex:Tenants:tenant-b"));
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IConferenceControlsClient>("tenant-a").ResumeAsync();

        var options = provider.GetRequiredService<IOptionsMonitor<ConferenceClientOptions>>();
        Assert.That((options.Get("tenant-a").MaxRetries, options.Get("tenant-a").Timeout), Is.EqualTo((1, TimeSpan.FromSeconds(30))));
        Assert.That((options.Get("tenant-b").MaxRetries, options.Get("tenant-b").Timeout), Is.EqualTo((3, TimeSpan.FromSeconds(10))));
        var request = Server.Requests().Single();
        Assert.That((request.QueryString(), request.Header("Authorization")), Is.EqualTo(("lineOwnerId=owner-a", "Bearer " + TokenA)));
    }

    [Test]
    public async Task Configure_with_a_key_adjusts_that_client_only()
    {
        Server.Given(At(ConferencePath + "/hold", "POST")).RespondWith(Json(429, "{}").WithHeader("Retry-After", "0"));
        var services = new ServiceCollection();
        services.AddKeyedConferenceControlsClient("tenant-a", o => (o.AccessToken, o.BaseAddress, o.MaxRetries) = (TokenA, BaseAddress, 2));
        services.AddKeyedConferenceControlsClient("tenant-b", o => (o.AccessToken, o.BaseAddress, o.MaxRetries) = (TokenB, BaseAddress, 2));
        services.Configure<ConferenceClientOptions>("tenant-a", o => o.MaxRetries = 0);
        using var provider = services.BuildServiceProvider();

        await Assert.CatchAsync<ConferenceApiException>(() => provider.GetRequiredKeyedService<IConferenceControlsClient>("tenant-a").HoldAsync());
        await Assert.CatchAsync<ConferenceApiException>(() => provider.GetRequiredKeyedService<IConferenceControlsClient>("tenant-b").HoldAsync());

        Assert.That(Server.Requests().Select(r => r.Header("Authorization")), Is.EqualTo(new[] { "Bearer " + TokenA, "Bearer " + TokenB, "Bearer " + TokenB, "Bearer " + TokenB }));
    }

    [Test]
    public async Task A_class_gets_its_tenants_client_through_from_keyed_services()
    {
        Answer(ConferencePath + "/hold", "POST", NoContent());
        using var provider = TwoTenants(services => services.AddTransient<TenantBConsole>());

        await provider.GetRequiredService<TenantBConsole>().HoldAsync();
        await ActivatorUtilities.CreateInstance<TenantBConsole>(provider).HoldAsync();

        Assert.That(Server.Requests().Select(r => r.Header("Authorization")), Is.EqualTo(new[] { "Bearer " + TokenB, "Bearer " + TokenB }));
    }

    [Test]
    public async Task Each_keyed_client_logs_under_its_own_category()
    {
        Answer(ConferencePath + "/hold", "POST", NoContent());
        Answer(ConferencePath + "/resume", "POST", NoContent());
        using var logs = new CapturingLoggerProvider();
        using var provider = TwoTenants(services => services.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Debug).AddProvider(logs)));

        await provider.GetRequiredKeyedService<IConferenceControlsClient>("tenant-a").HoldAsync();
        await provider.GetRequiredKeyedService<IConferenceControlsClient>("tenant-b").ResumeAsync();

        var ours = logs.Lines.Where(l => l.Category.StartsWith("Webex", StringComparison.Ordinal));
        Assert.That(ours.Select(l => (l.Category, l.Message.Split(' ')[0])), Is.EquivalentTo(new[]
        {
            ("Webex.Calling.Conference.tenant-a", "Hold"),
            ("Webex.Calling.Conference.tenant-b", "Resume"),
        }));
    }

    [Test]
    public async Task Handlers_added_by_the_clients_http_client_name_see_that_tenants_attempts_only()
    {
        Server.Given(AnyOperation()).RespondWith(NoContent());
        var audit = new List<string>();
        using var provider = TwoTenants(services => services
            .AddHttpClient(ConferenceServiceCollectionExtensions.HttpClientNameFor("tenant-a"))
            .AddHttpMessageHandler(() => new AuditHandler(audit)));

        await provider.GetRequiredKeyedService<IConferenceControlsClient>("tenant-a").HoldAsync();
        await provider.GetRequiredKeyedService<IConferenceControlsClient>("tenant-b").ResumeAsync();

        Assert.That(ConferenceServiceCollectionExtensions.HttpClientNameFor("tenant-a"), Is.EqualTo("Webex.Calling.Conference.tenant-a"));
        Assert.That(audit, Is.EqualTo(new[] { "POST /v1/telephony/conference/hold" }));
    }

    [Test]
    public void Registering_a_key_twice_fails_clearly_and_names_the_key()
    {
        var services = new ServiceCollection();
        services.AddKeyedConferenceControlsClient("tenant-a", o => o.AccessToken = TokenA);

        var error = Assert.Throws<InvalidOperationException>(() => services.AddKeyedConferenceControlsClient("tenant-a", o => o.AccessToken = TokenB));

        Assert.That(error!.Message, Does.Contain("called twice with the key 'tenant-a'")
            .And.Contain("services.Configure<ConferenceClientOptions>(\"tenant-a\", …)"));
    }

    [Test]
    public void A_refused_second_registration_leaves_the_first_ones_options_as_they_were()
    {
        var services = new ServiceCollection();
        services.AddKeyedConferenceControlsClient("tenant-a", o => (o.AccessToken, o.LineOwnerId) = (TokenA, "owner-a"));
        services.AddConferenceControlsClient(o => (o.AccessToken, o.LineOwnerId) = (Token, "owner"));

        Assert.Throws<InvalidOperationException>(() => services.AddKeyedConferenceControlsClient("tenant-a", o => o.LineOwnerId = "a-librarys-line"));
        Assert.Throws<InvalidOperationException>(() => services.AddConferenceControlsClient(o => o.LineOwnerId = "a-librarys-line"));

        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptionsMonitor<ConferenceClientOptions>>();
        Assert.That((options.Get("tenant-a").LineOwnerId, options.CurrentValue.LineOwnerId), Is.EqualTo(("owner-a", "owner")));
    }

    [Test]
    public async Task The_unkeyed_client_and_keyed_ones_coexist_whichever_is_registered_first()
    {
        Server.Given(AnyOperation()).RespondWith(NoContent());
        var services = new ServiceCollection();
        services.AddKeyedConferenceControlsClient("tenant-a", o => (o.AccessToken, o.BaseAddress) = (TokenA, BaseAddress));
        services.AddConferenceControlsClient(o => (o.AccessToken, o.BaseAddress) = (Token, BaseAddress));
        services.AddKeyedConferenceControlsClient("tenant-b", o => (o.AccessToken, o.BaseAddress) = (TokenB, BaseAddress));
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IConferenceControlsClient>("tenant-a").HoldAsync();
        await provider.GetRequiredService<IConferenceControlsClient>().HoldAsync();
        await provider.GetRequiredKeyedService<IConferenceControlsClient>("tenant-b").HoldAsync();

        Assert.That(Server.Requests().Select(r => r.Header("Authorization")), Is.EqualTo(new[] { "Bearer " + TokenA, "Bearer " + Token, "Bearer " + TokenB }));
    }

    [Test]
    public void Invalid_options_of_a_keyed_client_fail_at_startup_naming_its_key_and_the_problem()
    {
        var services = new ServiceCollection();
        services.AddKeyedConferenceControlsClient("tenant-a", o => o.AccessToken = TokenA);
        services.AddKeyedConferenceControlsClient("tenant-b", o => (o.AccessToken, o.MaxRetries) = (TokenB, -1));
        using var provider = services.BuildServiceProvider();

        // What a host runs when it starts (ValidateOnStart).
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(error!.OptionsName, Is.EqualTo("tenant-b"));
        Assert.That(error.Message, Does.StartWith("The client registered with the key 'tenant-b': ").And.Contain("MaxRetries"));
        Assert.That(() => provider.GetRequiredKeyedService<IConferenceControlsClient>("tenant-b"), Throws.TypeOf<OptionsValidationException>());
        Assert.That(provider.GetRequiredKeyedService<IConferenceControlsClient>("tenant-a"), Is.Not.Null);
    }

    [TestCase(null, typeof(ArgumentNullException))]
    [TestCase("", typeof(ArgumentException))]
    [TestCase("  ", typeof(ArgumentException))]
    public void A_key_must_not_be_blank(string? key, Type expected)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();

        Assert.That(() => services.AddKeyedConferenceControlsClient(key!, o => o.AccessToken = TokenA), Throws.TypeOf(expected));
        Assert.That(() => services.AddKeyedConferenceControlsClient(key!, configuration), Throws.TypeOf(expected));
        Assert.That(() => ConferenceServiceCollectionExtensions.HttpClientNameFor(key!), Throws.TypeOf(expected));
        Assert.That(services, Is.Empty);
    }

    private ServiceProvider TwoTenants(Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddKeyedConferenceControlsClient("tenant-a", o => (o.AccessToken, o.BaseAddress, o.TimeProvider) = (TokenA, BaseAddress, Clock));
        services.AddKeyedConferenceControlsClient("tenant-b", o => (o.AccessToken, o.BaseAddress, o.TimeProvider) = (TokenB, BaseAddress, Clock));
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    private sealed class TenantBConsole([FromKeyedServices("tenant-b")] IConferenceControlsClient client)
    {
        public Task HoldAsync() => client.HoldAsync();
    }
}
