using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Cli.Tests.Support;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Cli.Tests;

// A connection that fails says why: the innermost cause, never "see inner exception"; --verbose the chain.
public class FailureCauseTests : CliTest
{
    private const string UnknownHost = "webex-conference-cli-test.invalid";

    [Test]
    public async Task A_certificate_the_client_does_not_trust_is_named()
    {
        using var server = new SelfSignedTlsServer();

        var result = await RunAsync(["show", "--token", "a-token", "--base-url", server.HttpsBaseAddress.ToString(), "--max-retries", "0"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Unreachable));
        Assert.That(result.Stderr, Does.StartWith($"error: cannot reach the API at {server.HttpsBaseAddress.GetLeftPart(UriPartial.Authority)}: The remote certificate is invalid"));
        Assert.That(result.Stderr, Does.Not.Contain("inner exception"));
        Assert.That(result.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Verbose_prints_the_whole_chain_of_causes()
    {
        using var server = new SelfSignedTlsServer();

        var result = await RunAsync(["show", "--token", "a-token", "--base-url", server.HttpsBaseAddress.ToString(), "--max-retries", "0", "--verbose"]);

        var causes = result.Stderr.Split('\n').Where(line => line.StartsWith("  caused by ", StringComparison.Ordinal)).ToList();
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Unreachable));
        Assert.That(causes[0], Does.StartWith("  caused by HttpRequestException: The SSL connection could not be established"));
        Assert.That(causes[^1], Does.StartWith("  caused by AuthenticationException: The remote certificate is invalid"));
        Assert.That(result.Stderr, Does.Match(@"<-- failed GET /v1/telephony/conference after \d+ ms: The remote certificate is invalid"));
    }

    [Test]
    public async Task With_json_the_cause_and_with_verbose_the_chain_are_fields()
    {
        using var server = new SelfSignedTlsServer();

        var result = await RunAsync(["show", "--token", "a-token", "--base-url", server.HttpsBaseAddress.ToString(), "--max-retries", "0", "--json", "--verbose"]);

        var lines = JsonLines.Of(result.Stderr);
        var error = lines.Single(line => line.ContainsKey("error"))["error"]!;
        Assert.That((string?)error["kind"], Is.EqualTo("unreachable"));
        Assert.That((string?)error["cause"], Does.StartWith("The remote certificate is invalid"));
        Assert.That(error["causes"]!.AsArray().Select(c => (string?)c), Has.Some.StartsWith("AuthenticationException: "));
        Assert.That(lines.Count(line => line.ContainsKey("trace")), Is.EqualTo(2));
    }

    [Test]
    public async Task A_refused_connection_is_named()
    {
        var closed = new UriBuilder(ClosedPort.BaseAddress()) { Scheme = Uri.UriSchemeHttps }.Uri;
        var refused = new SocketException((int)SocketError.ConnectionRefused).Message;

        var result = await RunAsync(["show", "--token", "a-token", "--base-url", closed.ToString(), "--max-retries", "0"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Unreachable));
        Assert.That(result.Stderr, Is.EqualTo($"error: cannot reach the API at {closed.GetLeftPart(UriPartial.Authority)}: {refused} (attempts made: 1)\n"));
    }

    [Test]
    public async Task A_host_that_does_not_resolve_is_named()
    {
        await SkipUnlessNamesFailFastAsync();

        var result = await RunAsync(["show", "--token", "a-token", "--base-url", $"https://{UnknownHost}/v1/", "--max-retries", "0"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Unreachable));
        Assert.That(result.Stderr, Does.StartWith($"error: cannot reach the API at https://{UnknownHost}: "));
        Assert.That(result.Stderr, Does.Not.Contain("inner exception").And.Not.Contain($"({UnknownHost}:443)"));
    }

    // A .invalid name never resolves (RFC 6761), but a resolver without network may take long to say so.
    private static async Task SkipUnlessNamesFailFastAsync()
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var started = Stopwatch.GetTimestamp();
        try
        {
            await Dns.GetHostAddressesAsync(UnknownHost, patience.Token);
            Assert.Ignore($"{UnknownHost} resolves on this machine.");
        }
        catch (SocketException)
        {
        }
        catch (OperationCanceledException)
        {
            Assert.Ignore($"The resolver took over {Stopwatch.GetElapsedTime(started).TotalSeconds:0} s to fail on {UnknownHost}.");
        }
    }
}
