using System;

namespace Webex.Calling.Conference.Serialization;

/// <summary>
/// Whether the answer being read holds something the spec does not describe: set by whatever meets it
/// (an unknown field kept, an enum value the spec does not list, a required field left out) while the
/// client's serializer reads, on the reading thread. Reading a body is synchronous once it is buffered,
/// so the client clears the mark just before and takes it just after: a conforming answer costs two
/// thread-static writes and a read, and only a marked one is walked for what it holds.
/// </summary>
internal static class DriftMarks
{
    [ThreadStatic]
    private static bool t_marked;

    public static void Mark() => t_marked = true;

    public static void Clear() => t_marked = false;

    /// <summary>Whether anything was marked since <see cref="Clear"/>; clears the mark.</summary>
    public static bool Take()
    {
        var marked = t_marked;
        t_marked = false;
        return marked;
    }
}
