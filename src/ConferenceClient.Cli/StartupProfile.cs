using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime;

namespace Webex.Calling.Conference.Cli;

/// <summary>
/// Multicore JIT for the tool's start-up: each run of a command records which methods it compiled into a
/// profile in the user's cache, and the next run of that command compiles them on another core while the
/// first one works. ReadyToRun cannot hold these methods (async plumbing and generic code instantiated over
/// types of several assemblies: the tool's, the library's, Polly's, Newtonsoft.Json's, System.Net.Http's),
/// and they are most of what a one-call command still waits for. PowerShell starts the same way.
/// </summary>
internal static class StartupProfile
{
    /// <summary>Set to 0, the tool neither reads nor writes a profile.</summary>
    public const string Variable = "WEBEX_JIT_PROFILE";

    /// <summary>The folder under the user's cache folder.</summary>
    public const string FolderName = "webex-conference";

    /// <summary>The profile of <c>--help</c>, and of a first word that names no command.</summary>
    public const string Help = "help", Other = "other";

    /// <summary>Starts the profile of the command <paramref name="args"/> run; does nothing where there is no cache folder to keep it in.</summary>
    public static void Start(IReadOnlyList<string> args, Func<string, string?> readVariable)
    {
        if (readVariable(Variable) == "0" || FolderOf(readVariable) is not { } folder)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // A read-only home or a cache path that is a file: the command runs as it would without the profile.
            return;
        }

        ProfileOptimization.SetProfileRoot(folder);
        ProfileOptimization.StartProfile(NameOf(args) + ".jitprofile");
    }

    /// <summary>
    /// One profile per command (an alias shares its command's), named from the tool's own command names,
    /// never from what was typed: a first word that names no command may be a token.
    /// </summary>
    public static string NameOf(IReadOnlyList<string> args) => args switch
    {
        [] or ["--help" or "-h" or "-?", ..] => Help,
        [var first, ..] => ConferenceCommands.CommandNamed(first) ?? Other,
    };

    /// <summary>
    /// Where a cache belongs on each platform: %LOCALAPPDATA% on Windows, ~/Library/Caches on macOS,
    /// $XDG_CACHE_HOME or ~/.cache elsewhere; null without a home.
    /// </summary>
    public static string? FolderOf(Func<string, string?> readVariable)
    {
        string? cache;
        if (OperatingSystem.IsWindows())
        {
            cache = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        }
        else if (readVariable("HOME") is not { Length: > 0 } home || !Path.IsPathRooted(home))
        {
            cache = null;
        }
        else if (OperatingSystem.IsMacOS())
        {
            cache = Path.Combine(home, "Library", "Caches");
        }
        else
        {
            // The XDG base directory rules: a relative $XDG_CACHE_HOME is ignored.
            cache = readVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg) ? xdg : Path.Combine(home, ".cache");
        }

        return string.IsNullOrEmpty(cache) ? null : Path.Combine(cache, FolderName);
    }
}
