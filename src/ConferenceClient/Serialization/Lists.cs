using System.Collections.Generic;

namespace Webex.Calling.Conference.Serialization;

/// <summary>What the generated models do to the lists a serializer has read.</summary>
internal static class Lists
{
    /// <summary>Removes the nulls from a list of references (or nullable values); a list of values cannot hold one.</summary>
    public static void DropNulls<T>(IList<T>? list)
    {
        if (list is null || default(T) is not null)
        {
            return;
        }

        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (list[i] is null)
            {
                list.RemoveAt(i);
            }
        }
    }
}
