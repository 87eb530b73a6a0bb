using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

public class UserAgentTests : ConferenceServerTest
{
    private const string ClientPattern = @"ConferenceClient/\d+\.\d+\.\d+\S* \(\.NET \d+\.\d+\.\d+; [^()]+\)";

    [Test]
    public async Task Every_request_says_which_client_dotnet_and_os_sent_it()
    {
        Answer(ConferencePath + "/hold", "POST", NoContent());
        var client = CreateClient();

        await client.HoldAsync();

        Assert.That(Server.Requests().Single().Header("User-Agent"), Does.Match("^" + ClientPattern + "$"));
    }

    [Test]
    public async Task An_application_id_comes_first()
    {
        Answer(ConferencePath + "/hold", "POST", NoContent());
        var client = CreateClient(o => o.ApplicationId = "ReceptionConsole/2.1");

        await client.HoldAsync();

        Assert.That(Server.Requests().Single().Header("User-Agent"), Does.Match("^ReceptionConsole/2.1 " + ClientPattern + "$"));
    }

    [TestCase("")]
    [TestCase("  ")]
    public async Task A_blank_application_id_is_no_application_id(string applicationId)
    {
        Answer(ConferencePath + "/hold", "POST", NoContent());
        var client = CreateClient(o => o.ApplicationId = applicationId);

        await client.HoldAsync();

        Assert.That(Server.Requests().Single().Header("User-Agent"), Does.StartWith("ConferenceClient/"));
    }

    [TestCase("Reception Console 2")]
    [TestCase("bad(")]
    [TestCase("(only a comment)")]
    public void An_application_id_that_is_not_a_product_token_is_refused(string applicationId)
    {
        var error = Assert.Throws<ArgumentException>(() => CreateClient(o => o.ApplicationId = applicationId));

        Assert.That(error!.Message, Does.Contain("ApplicationId").And.Contain("ReceptionConsole/2.1"));
    }
}
