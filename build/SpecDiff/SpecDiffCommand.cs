using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Webex.Calling.Conference.SpecDiff;

/// <summary>
/// <c>dotnet run --project build/SpecDiff -- [--upstream FILE] [--ours FILE] [--deliberate FILE]</c>: prints
/// every difference between our spec and the published one, each marked deliberate or new, then the
/// deliberate entries no longer found. Exit code 0 when every difference is declared and no entry is
/// stale, 1 otherwise, 2 for a usage mistake.
/// </summary>
internal static class SpecDiffCommand
{
    private const string Usage = "usage: dotnet run --project build/SpecDiff -- [--upstream FILE] [--ours FILE] [--deliberate FILE]";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, string workingDirectory)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--ours"] = "openapi/conference-controls.yaml",
            ["--upstream"] = "openapi/upstream/webex-calling-conference.yaml",
            ["--deliberate"] = "openapi/upstream/deliberate-differences.yaml",
        };
        var root = RepositoryRoot(workingDirectory);
        foreach (var key in files.Keys.ToList())
        {
            files[key] = Path.Combine(root, files[key]);
        }

        for (var i = 0; i < args.Count; i += 2)
        {
            if (!files.ContainsKey(args[i]) || i + 1 == args.Count)
            {
                error.WriteLine(files.ContainsKey(args[i]) ? $"{args[i]} needs a file." : $"Unknown argument: {args[i]}");
                error.WriteLine(Usage);
                return 2;
            }

            files[args[i]] = Path.GetFullPath(args[i + 1], workingDirectory);
        }

        var differences = SpecComparison.Compare(SpecFacts.Read(files["--ours"]), SpecFacts.Read(files["--upstream"]));
        var deliberate = DeliberateDifferences.Read(files["--deliberate"]);
        var undeclared = deliberate.Undeclared(differences);
        var stale = deliberate.Stale(differences);

        output.WriteLine($"{Path.GetRelativePath(root, files["--ours"])} against {Path.GetRelativePath(root, files["--upstream"])}: "
            + $"{differences.Count} differences, {differences.Count - undeclared.Count} declared in {Path.GetRelativePath(root, files["--deliberate"])}, {undeclared.Count} not.");
        foreach (var difference in differences)
        {
            output.WriteLine($"  {(undeclared.Contains(difference) ? "NEW       " : "deliberate")}  {difference}");
        }

        if (stale.Count > 0)
        {
            output.WriteLine($"{stale.Count} declared differences are no longer found (remove them, or update their line):");
            foreach (var entry in stale)
            {
                output.WriteLine($"  STALE       {entry}");
            }
        }

        return undeclared.Count == 0 && stale.Count == 0 ? 0 : 1;
    }

    /// <summary>The folder holding ConferenceClient.sln, from where the command runs or above it.</summary>
    private static string RepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ConferenceClient.sln")))
            {
                return folder.FullName;
            }
        }

        return start;
    }
}
