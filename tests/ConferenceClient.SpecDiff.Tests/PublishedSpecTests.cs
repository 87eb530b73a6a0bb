using System;
using System.IO;
using System.Linq;
using NUnit.Framework;

namespace Webex.Calling.Conference.SpecDiff.Tests;

/// <summary>Our spec against the conference section Webex publishes (openapi/upstream/), as CI checks it.</summary>
public class PublishedSpecTests
{
    private static readonly string Ours = InOutput("openapi/conference-controls.yaml");
    private static readonly string Upstream = InOutput("openapi/upstream/webex-calling-conference.yaml");
    private static readonly string Deliberate = InOutput("openapi/upstream/deliberate-differences.yaml");
    private static readonly string Doctored = InOutput("TestData/doctored-upstream.yaml");

    [Test]
    public void Our_spec_differs_from_the_published_one_only_where_declared_deliberate()
    {
        var differences = SpecComparison.Compare(SpecFacts.Read(Ours), SpecFacts.Read(Upstream));

        var deliberate = DeliberateDifferences.Read(Deliberate);
        Assert.That(deliberate.Undeclared(differences), Is.Empty, "differences from openapi/upstream/ not in deliberate-differences.yaml");
        Assert.That(deliberate.Stale(differences), Is.Empty, "entries of deliberate-differences.yaml no longer found");
    }

    [Test]
    public void A_new_body_field_and_a_new_operation_upstream_are_named_and_fail_the_check()
    {
        var differences = SpecComparison.Compare(SpecFacts.Read(Ours), SpecFacts.Read(Doctored));

        Assert.That(DeliberateDifferences.Read(Deliberate).Undeclared(differences), Is.EqualTo(new[]
        {
            "only upstream: POST /telephony/conference/addParticipant: request body field announce: optional",
            "only upstream: POST /telephony/conference/addParticipant: request body field announce type: boolean",
            "only upstream: POST /telephony/conference/record: operation: present",
        }));
    }

    [Test]
    public void A_declared_difference_that_is_no_longer_found_is_stale()
    {
        var differences = SpecComparison.Compare(SpecFacts.Read(Upstream), SpecFacts.Read(Upstream));

        var deliberate = DeliberateDifferences.Read(Deliberate);
        Assert.That(differences, Is.Empty);
        Assert.That(deliberate.Stale(differences), Is.EqualTo(deliberate.Entries.Select(e => e.Difference)));
    }

    [Test]
    public void The_maintainers_command_prints_each_difference_and_exits_1_on_a_new_one()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = SpecDiffCommand.Run(["--upstream", Doctored, "--ours", Ours, "--deliberate", Deliberate], output, error, TestContext.CurrentContext.TestDirectory);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output.ToString(), Does.Contain(", 3 not.").And
            .Contain("  NEW         only upstream: POST /telephony/conference/record: operation: present\n").And
            .Contain("  deliberate  differs: POST /telephony/conference/mute: request body: ours required, upstream optional\n"));
        Assert.That(error.ToString(), Is.Empty);
    }

    [Test]
    public void The_maintainers_command_exits_0_when_every_difference_is_declared()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = SpecDiffCommand.Run(["--upstream", Upstream, "--ours", Ours, "--deliberate", Deliberate], output, error, TestContext.CurrentContext.TestDirectory);

        Assert.That(exit, Is.EqualTo(0), output.ToString());
        Assert.That(output.ToString(), Does.Contain(", 0 not.").And.Not.Contain("NEW").And.Not.Contain("STALE"));
    }

    private static string InOutput(string path) => Path.Combine(AppContext.BaseDirectory, path);
}
