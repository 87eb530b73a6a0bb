using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

public class DependencyInjectionTests : ConferenceServerTest
{
    [Test]
    public async Task The_registered_client_has_the_whole_pipeline()
    {
        Server.RespondInSequence(At(ConferencePath + "/hold", "POST"), Json(429, "{}").WithHeader("Retry-After", "0"), NoContent());
        var services = new ServiceCollection();
        services.AddConferenceControlsClient(o => (o.AccessToken, o.BaseAddress, o.LineOwnerId, o.ApplicationId) = (Token, BaseAddress, "owner", "Console/1.0"));
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IConferenceControlsClient>().HoldAsync();

        var requests = Server.Requests();
        Assert.Multiple(() =>
        {
            Assert.That(requests, Has.Count.EqualTo(2), "the 429 was retried");
            Assert.That(requests.Select(r => r.Header("Authorization")), Is.All.EqualTo("Bearer " + Token));
            Assert.That(requests.Select(r => r.Header("TrackingID")).Distinct().Single(), Does.StartWith("WXCONF_"));
            Assert.That(requests[0].Header("User-Agent"), Does.StartWith("Console/1.0 ConferenceClient/"));
            Assert.That(requests[0].QueryString(), Is.EqualTo("lineOwnerId=owner"));
        });
    }

    [Test]
    public async Task Options_can_come_from_configuration()
    {
        Answer(ConferencePath + "/resume", "POST", NoContent());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Webex:Conference:AccessToken"] = Token,
            ["Webex:Conference:BaseAddress"] = BaseAddress.ToString(),
            ["Webex:Conference:LineOwnerId"] = "from-config",
            ["Webex:Conference:MaxRetries"] = "1",
            ["Webex:Conference:Timeout"] = "00:00:10",
        }).Build();
        var services = new ServiceCollection();
        services.AddConferenceControlsClient(configuration.GetSection("Webex:Conference"));
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IConferenceControlsClient>().ResumeAsync();

        var options = provider.GetRequiredService<IOptions<ConferenceClientOptions>>().Value;
        Assert.That((options.MaxRetries, options.Timeout), Is.EqualTo((1, TimeSpan.FromSeconds(10))));
        Assert.That(Server.Requests().Single().QueryString(), Is.EqualTo("lineOwnerId=from-config"));
    }

    [Test]
    public async Task Handlers_added_to_the_returned_builder_see_every_attempt()
    {
        Server.RespondInSequence(At(ConferencePath + "/hold", "POST"), Json(503, "{}").WithHeader("Retry-After", "0"), NoContent());
        var seen = new List<int>();
        var services = new ServiceCollection();
        services.AddConferenceControlsClient(o => (o.AccessToken, o.BaseAddress) = (Token, BaseAddress))
            .AddHttpMessageHandler(() => new StatusRecorder(seen));
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IConferenceControlsClient>().HoldAsync();

        Assert.That(seen, Is.EqualTo(new[] { 503, 204 }));
    }

    [Test]
    public async Task Calls_are_logged_through_the_containers_logger_factory()
    {
        Answer(ConferencePath + "/hold", "POST", NoContent());
        using var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Debug).AddProvider(logs));
        services.AddConferenceControlsClient(o => (o.AccessToken, o.BaseAddress) = (Token, BaseAddress));
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IConferenceControlsClient>().HoldAsync();

        Assert.That(logs.Lines.Single(l => l.Category == "Webex.Calling.Conference").Message, Does.StartWith("Hold POST "));
    }

    [Test]
    public void Registering_twice_fails_clearly_instead_of_merging_options()
    {
        var services = new ServiceCollection();
        services.AddConferenceControlsClient(o => (o.AccessToken, o.LineOwnerId) = (Token, "a-librarys-line"));

        var error = Assert.Throws<InvalidOperationException>(() => services.AddConferenceControlsClient(o => o.AccessToken = Token));

        Assert.That(error!.Message, Does.Contain("called twice").And.Contain("services.Configure<ConferenceClientOptions>"));
    }

    [Test]
    public async Task Options_adjusted_with_configure_reach_the_one_registered_client()
    {
        Server.Given(At(ConferencePath + "/hold", "POST")).RespondWith(Json(429, "{}").WithHeader("Retry-After", "0"));
        var services = new ServiceCollection();
        services.AddConferenceControlsClient(o => (o.AccessToken, o.BaseAddress) = (Token, BaseAddress));
        services.Configure<ConferenceClientOptions>(o => o.MaxRetries = 1);
        using var provider = services.BuildServiceProvider();

        await Assert.CatchAsync<ConferenceApiException>(() => provider.GetRequiredService<IConferenceControlsClient>().HoldAsync());

        Assert.That(Server.Requests(), Has.Count.EqualTo(2), "one retry, not retries of retries");
    }

    [Test]
    public async Task The_registered_client_follows_no_redirect()
    {
        using var elsewhere = WireMock.Server.WireMockServer.Start();
        Answer(ConferencePath, "GET", WireMock.ResponseBuilders.Response.Create().WithStatusCode(302).WithHeader("Location", elsewhere.Url + ConferencePath));
        var services = new ServiceCollection();
        services.AddConferenceControlsClient(o => (o.AccessToken, o.BaseAddress) = (Token, BaseAddress));
        using var provider = services.BuildServiceProvider();

        var error = await Assert.CatchAsync<ConferenceApiException>(() => provider.GetRequiredService<IConferenceControlsClient>().GetConferenceDetailsAsync());

        Assert.That(error!.StatusCode, Is.EqualTo(302));
        Assert.That(elsewhere.Requests(), Is.Empty);
    }

    [Test]
    public void Invalid_options_fail_with_a_clear_message_before_any_call()
    {
        var services = new ServiceCollection();
        services.AddConferenceControlsClient(o => (o.AccessToken, o.MaxRetries) = (Token, -1));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IConferenceControlsClient>());

        Assert.That(error!.Message, Does.Contain("MaxRetries"));
    }

    [Test]
    public void Attempt_handlers_in_the_options_are_refused_with_dependency_injection()
    {
        var services = new ServiceCollection();
        services.AddConferenceControlsClient(o =>
        {
            o.AccessToken = Token;
            o.AttemptHandlers.Add(() => new StatusRecorder([]));
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IConferenceControlsClient>());

        Assert.That(error!.Message, Does.Contain("IHttpClientBuilder"));
    }

    private sealed class StatusRecorder(List<int> seen) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            seen.Add((int)response.StatusCode);
            return response;
        }
    }
}
