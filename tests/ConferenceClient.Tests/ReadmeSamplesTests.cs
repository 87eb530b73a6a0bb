using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Webex.Calling.Conference.Tests;

/// <summary>The README's testing samples are the tests of SimulatorExampleTests, word for word, so they cannot drift apart.</summary>
public partial class ReadmeSamplesTests
{
    private const string Section = "## Testing your own code: the simulator";

    [Test]
    public void Every_csharp_sample_of_the_testing_section_is_in_the_example_tests_as_written()
    {
        var root = RepositoryRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Section, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"README.md has no '{Section}'");
        var end = readme.IndexOf("\n## ", start + Section.Length, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];
        var tests = Dedented(File.ReadAllText(Path.Combine(root, "tests", "ConferenceClient.Tests", "SimulatorExampleTests.cs")));

        var samples = CSharpBlock().Matches(section).Select(m => m.Groups["code"].Value).ToList();

        Assert.That(samples, Has.Count.GreaterThanOrEqualTo(3), "the testing section's samples");
        foreach (var sample in samples)
        {
            Assert.That(tests, Does.Contain(Dedented(sample)), $"not in SimulatorExampleTests.cs as written:\n{sample}");
        }
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
