using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Webex.Calling.Conference.Tests;

/// <summary>
/// The README's samples are the tests of its example test files, word for word, so they cannot drift
/// apart: each section with samples names the file that compiles and runs them.
/// </summary>
public partial class ReadmeSamplesTests
{
    [Test]
    public void Every_csharp_sample_of_the_testing_section_is_in_the_example_tests_as_written() =>
        AssertEverySampleIsIn("## Testing your own code: the simulator", "SimulatorExampleTests.cs", atLeast: 3);

    [Test]
    public void Every_csharp_sample_of_several_clients_in_one_app_is_in_the_example_tests_as_written() =>
        AssertEverySampleIsIn("### Several clients in one app", "KeyedClientsExampleTests.cs", atLeast: 3);

    [Test]
    public void Every_csharp_sample_of_testing_on_net_framework_is_in_the_example_tests_as_written() =>
        AssertEverySampleIsIn("### Testing on .NET Framework and .NET 8", "../ConferenceClient.Cli.Tests/FrameworkExample/Sample/StandaloneSimulatorFixtureExample.cs", atLeast: 2);

    [Test]
    public void Every_csharp_sample_of_leaving_nothing_behind_is_in_the_example_tests_as_written() =>
        AssertEverySampleIsIn("### Leaving nothing behind", "LeaveNothingBehindExampleTests.cs", atLeast: 1);

    [Test]
    public void Every_csharp_sample_of_the_errors_section_is_in_the_example_tests_as_written() =>
        AssertEverySampleIsIn("## Errors", "ErrorsExampleTests.cs", atLeast: 2);

    [Test]
    public void Every_csharp_sample_of_when_webex_changes_is_in_the_example_tests_as_written() =>
        AssertEverySampleIsIn("## When Webex changes", "DriftExampleTests.cs", atLeast: 1);

    private static void AssertEverySampleIsIn(string heading, string testFile, int atLeast)
    {
        var root = RepositoryRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(heading, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"README.md has no '{heading}'");
        var section = readme[start..SectionEnd(readme, heading, start)];
        // Whole lines: a sample line cut short, or a sample that ends mid-line, is not in the tests as written.
        var tests = "\n" + Dedented(File.ReadAllText(Path.Combine(root, "tests", "ConferenceClient.Tests", testFile))) + "\n";

        var samples = CSharpBlock().Matches(section).Select(m => m.Groups["code"].Value).ToList();

        Assert.That(samples, Has.Count.GreaterThanOrEqualTo(atLeast), $"the samples under '{heading}'");
        foreach (var sample in samples)
        {
            Assert.That(tests, Does.Contain("\n" + Dedented(sample) + "\n"), $"not in {testFile} as written:\n{sample}");
        }
    }

    // A section ends at the next heading of its level or above; from "##" on, as "# " in a bash block is a comment.
    private static int SectionEnd(string readme, string heading, int start)
    {
        var level = heading.IndexOf(' ', StringComparison.Ordinal);
        return Enumerable.Range(2, level - 1)
            .Select(hashes => readme.IndexOf("\n" + new string('#', hashes) + " ", start + heading.Length, StringComparison.Ordinal))
            .Where(end => end >= 0)
            .DefaultIfEmpty(readme.Length)
            .Min();
    }

    // Indentation aside: the tests sit in a class, the samples at the margin.
    private static string Dedented(string code) =>
        string.Join("\n", code.ReplaceLineEndings("\n").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ConferenceClient.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ConferenceClient.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
