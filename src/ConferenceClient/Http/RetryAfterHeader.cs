using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;

namespace Webex.Calling.Conference.Http;

/// <summary>Reads a Retry-After value: whole seconds or an HTTP date.</summary>
internal static class RetryAfterHeader
{
    public const string Name = "Retry-After";

    /// <summary>
    /// The wait an answer asks for, measured by the client's clock; null when it asks for none or it is
    /// unreadable. An answer with several Retry-After headers asks for the longest one
    /// that reads, so no reading of it waits less than the server may have meant.
    /// </summary>
    public static TimeSpan? Of(HttpResponseMessage response, TimeProvider timeProvider) =>
        response.Headers.TryGetValues(Name, out var values) ? Longest(values, response.Headers.Date, timeProvider.GetUtcNow()) : null;

    /// <summary>The longest wait among Retry-After values that read; null when none does.</summary>
    public static TimeSpan? Longest(IEnumerable<string> values, DateTimeOffset? responseDate, DateTimeOffset now)
    {
        TimeSpan? longest = null;
        foreach (var value in values)
        {
            if (Parse(value, responseDate, now) is { } wait && (longest is null || wait > longest))
            {
                longest = wait;
            }
        }

        return longest;
    }

    /// <summary>
    /// The wait the server asked for, or null when the value is missing or unreadable (Webex once sent
    /// <c>rand(30),add(30)</c>). A date is measured from the response's own Date header when it has one,
    /// so a skewed local clock does not stretch or shrink the wait.
    /// </summary>
    public static TimeSpan? Parse(string? value, DateTimeOffset? responseDate, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return seconds <= TimeSpan.MaxValue.TotalSeconds ? TimeSpan.FromSeconds(seconds) : TimeSpan.MaxValue;
        }

        // Digits too many for a long are a wait longer than any: over every cap, not unreadable.
        if (IsDigits(value))
        {
            return TimeSpan.MaxValue;
        }

        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            var wait = date - (responseDate ?? now);
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static bool IsDigits(string value)
    {
        foreach (var c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
