using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace Webex.Calling.Conference.Tests.Support;

/// <summary>Listens to the client's ActivitySource, every activity recorded in full, and keeps each one once stopped.</summary>
internal sealed class ActivityRecorder : IDisposable
{
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;

    public ActivityRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ConferenceControlsClient.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public IReadOnlyList<Activity> Stopped => [.. _stopped];

    /// <summary>Every text the activities carry: names and tag values.</summary>
    public IEnumerable<string> AllText =>
        Stopped.SelectMany(a => new[] { a.DisplayName, a.OperationName, a.StatusDescription ?? string.Empty }
            .Concat(a.TagObjects.Select(t => $"{t.Key}={t.Value}")));

    public void Dispose() => _listener.Dispose();
}
