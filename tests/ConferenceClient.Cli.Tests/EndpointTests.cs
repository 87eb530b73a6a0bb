using System;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Output;

namespace Webex.Calling.Conference.Cli.Tests;

// An error names who answered: Webex only for Webex.
public class EndpointTests
{
    private static readonly ConferenceApiException NotFound = ConferenceApiException.FromWebexError(404, new WebexError { Message = "There is no conference." });

    [TestCase(null, "Webex answered 404: There is no conference.")]
    [TestCase("https://webexapis.com/v1/", "Webex answered 404: There is no conference.")]
    [TestCase("https://webex-proxy.example.com:8443/v1/", "the API at https://webex-proxy.example.com:8443 answered 404: There is no conference.")]
    [TestCase("http://127.0.0.1:5123/v1/", "the API at http://127.0.0.1:5123 answered 404: There is no conference.")]
    public void An_api_error_names_the_api_that_answered(string? baseUrl, string message)
    {
        var endpoint = Endpoint.For(new ConnectionSettings { Token = "a-token", BaseAddress = baseUrl is null ? null : new Uri(baseUrl) });

        var report = FailureReport.Of(NotFound, endpoint, "show");

        Assert.That(report.Message, Is.EqualTo(message));
    }

    [Test]
    public void The_simulator_is_named_as_the_simulator()
    {
        var report = FailureReport.Of(NotFound, Endpoint.For(new ConnectionSettings { Simulator = true }), "hold");

        Assert.That(report.Message, Is.EqualTo("the simulator answered 404: There is no conference."));
    }

    [Test]
    public void Webex_out_of_reach_is_named_with_its_address()
    {
        var endpoint = Endpoint.For(new ConnectionSettings { Token = "a-token" });

        var report = FailureReport.Of(new System.Net.Http.HttpRequestException("Name or service not known (webexapis.com:443)"), endpoint, "show");

        Assert.That(report.Message, Does.StartWith("cannot reach Webex at https://webexapis.com/v1/: Name or service not known"));
    }
}
