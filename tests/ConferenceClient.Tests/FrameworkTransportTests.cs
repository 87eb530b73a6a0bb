#if CONFERENCE_LIBRARY_NETSTANDARD
using System;
using System.Net;
using System.Net.Http;
using NUnit.Framework;
using Webex.Calling.Conference.Http;
using Webex.Calling.Conference.Platform;

// What only the netstandard2.0 build has: the transport made of HttpClientHandlers, and the service
// point settings it widens where HttpWebRequest carries the calls (.NET Framework). The .NET runtime
// these tests run on keeps ServicePointManager's settings as data, which is what is checked here.
#pragma warning disable SYSLIB0014 // ServicePointManager: the .NET Framework API this build sets.
#pragma warning disable CA5364 // An app that pinned TLS 1.1 is what is tested.

namespace Webex.Calling.Conference.Tests;

[NonParallelizable]
public class FrameworkTransportTests
{
    [Test]
    public void The_transport_renews_its_handler_every_five_minutes()
    {
        using var transport = Transport.Create();

        Assert.That(transport, Is.TypeOf<RecyclingHandler>());
        Assert.That(Transport.ConnectionLifetime, Is.EqualTo(TimeSpan.FromMinutes(5)));
    }

    [Test]
    public void The_service_point_of_the_api_takes_any_number_of_connections_without_100_continue_or_nagle()
    {
        var address = new Uri("https://webex-framework-limit.example/v1/");
        var framework = ServicePointManager.FindServicePoint(address);
        (framework.ConnectionLimit, framework.Expect100Continue, framework.UseNagleAlgorithm) = (2, true, true);   // .NET Framework's defaults

        Transport.ConfigureServicePoint(address);

        var after = ServicePointManager.FindServicePoint(address);
        Assert.That((after.ConnectionLimit, after.Expect100Continue, after.UseNagleAlgorithm), Is.EqualTo((int.MaxValue, false, false)));
    }

    [Test]
    public void An_app_that_pinned_old_tls_versions_gets_tls_1_2_added_and_keeps_the_rest()
    {
        var before = ServicePointManager.SecurityProtocol;
        try
        {
            ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls11;
            Transport.ConfigureServicePoint(new Uri("https://webex-framework-tls.example/v1/"));
            Assert.That(ServicePointManager.SecurityProtocol, Is.EqualTo(SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12));

            ServicePointManager.SecurityProtocol = SecurityProtocolType.SystemDefault;
            Transport.ConfigureServicePoint(new Uri("https://webex-framework-tls.example/v1/"));
            Assert.That(ServicePointManager.SecurityProtocol, Is.EqualTo(SecurityProtocolType.SystemDefault), "the system's choice is left alone");
        }
        finally
        {
            ServicePointManager.SecurityProtocol = before;
        }
    }
}
#endif
