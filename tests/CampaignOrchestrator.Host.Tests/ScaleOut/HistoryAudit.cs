using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Host.Tests.ScaleOut;

/// <summary>
/// Checks that an instance's History rows are what exactly-once episodes leave: one row per sequence number from 0 to
/// the sentinel's next, no gaps; one start and one completion; every task, timer and sub-orchestration scheduled once
/// and answered at most once (an episode committed twice, or a duplicate message applied, would repeat one); every row
/// naming a known worker, and each episode's rows the same one. Episodes are counted by their
/// <see cref="OrchestratorStarted"/> row, which each episode writes first.
/// </summary>
internal static class HistoryAudit
{
    /// <summary>Lists what is wrong with a finished instance's history.</summary>
    /// <param name="history">The rows.</param>
    /// <param name="workers">The worker ids that may have committed episodes.</param>
    /// <returns>The problems, each naming the instance; empty when the history is sound.</returns>
    public static IReadOnlyList<string> Problems(InstanceHistory history, IReadOnlyCollection<string> workers)
    {
        var id = history.InstanceId;
        if (history.Sentinel is not { } sentinel)
        {
            return [$"{id}: no sentinel row"];
        }

        var problems = new List<string>();
        var rows = history.Rows;
        if (rows.FirstOrDefault(row => row.ExecutionId != sentinel.ExecutionId) is { } stale)
        {
            problems.Add($"{id}: row {stale.RowKey} belongs to execution {stale.ExecutionId}, not the current {sentinel.ExecutionId}");
        }

        var sequences = rows.Select(row => row.Sequence).ToList();
        if (!sequences.SequenceEqual(Enumerable.Range(0, (int)sentinel.NextSeq).Select(seq => (long)seq)))
        {
            problems.Add($"{id}: sequence numbers [{string.Join(",", sequences)}] are not 0..{sentinel.NextSeq - 1}");
        }

        var events = rows.Select(row => row.Event).ToList();
        ExpectOne<ExecutionStarted>(id, events, problems);
        ExpectOne<ExecutionCompleted>(id, events, problems);
        if (events.Count > 0 && events[^1] is not ExecutionCompleted)
        {
            problems.Add($"{id}: the last event is {events[^1].GetType().Name}, not ExecutionCompleted");
        }

        ExpectUnique(id, "scheduled task", events.OfType<TaskScheduled>().Select(e => e.TaskId), problems);
        ExpectUnique(id, "timer", events.OfType<TimerCreated>().Select(e => e.TaskId), problems);
        ExpectUnique(id, "sub-orchestration", events.OfType<SubOrchestrationCreated>().Select(e => e.TaskId), problems);
        ExpectAnswers(id, "task", events.OfType<TaskScheduled>().Select(e => e.TaskId), events.OfType<TaskCompleted>().Select(e => e.TaskScheduledId).Concat(events.OfType<TaskFailed>().Select(e => e.TaskScheduledId)), problems);
        ExpectAnswers(id, "timer", events.OfType<TimerCreated>().Select(e => e.TaskId), events.OfType<TimerFired>().Select(e => e.TimerId), problems);
        ExpectAnswers(
            id,
            "sub-orchestration",
            events.OfType<SubOrchestrationCreated>().Select(e => e.TaskId),
            events.OfType<SubOrchestrationCompleted>().Select(e => e.TaskScheduledId).Concat(events.OfType<SubOrchestrationFailed>().Select(e => e.TaskScheduledId)),
            problems);

        foreach (var episode in Episodes(history))
        {
            var committers = episode.Rows.Select(row => row.WorkerId).Distinct().ToList();
            if (committers.Count != 1 || !workers.Contains(committers[0] ?? string.Empty))
            {
                problems.Add($"{id}: the episode from row {episode.Rows[0].RowKey} was committed by [{string.Join(",", committers)}], not one of [{string.Join(",", workers)}]");
            }
        }

        return problems;
    }

    /// <summary>Splits the rows into episodes: each starts at an <see cref="OrchestratorStarted"/> row.</summary>
    /// <param name="history">The rows.</param>
    /// <returns>The episodes, in order.</returns>
    public static IReadOnlyList<Episode> Episodes(InstanceHistory history)
    {
        var episodes = new List<Episode>();
        foreach (var row in history.Rows)
        {
            if (row.Event is OrchestratorStarted || episodes.Count == 0)
            {
                episodes.Add(new Episode(history.InstanceId, row.Event.Timestamp, row.WorkerId, []));
            }

            episodes[^1].Rows.Add(row);
        }

        return episodes;
    }

    private static void ExpectOne<T>(string id, List<HistoryEvent> events, List<string> problems)
        where T : HistoryEvent
    {
        var count = events.OfType<T>().Count();
        if (count != 1)
        {
            problems.Add($"{id}: {count} {typeof(T).Name} events, expected 1");
        }
    }

    private static void ExpectUnique(string id, string what, IEnumerable<int> taskIds, List<string> problems)
    {
        foreach (var repeated in taskIds.GroupBy(taskId => taskId).Where(group => group.Count() > 1))
        {
            problems.Add($"{id}: {what} {repeated.Key} recorded {repeated.Count()} times");
        }
    }

    private static void ExpectAnswers(string id, string what, IEnumerable<int> scheduled, IEnumerable<int> answers, List<string> problems)
    {
        var known = scheduled.ToHashSet();
        foreach (var answered in answers.GroupBy(taskId => taskId))
        {
            if (!known.Contains(answered.Key))
            {
                problems.Add($"{id}: {what} {answered.Key} answered but never scheduled");
            }
            else if (answered.Count() > 1)
            {
                problems.Add($"{id}: {what} {answered.Key} answered {answered.Count()} times");
            }
        }
    }
}

/// <summary>One committed episode.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="StartedAt">Its <see cref="OrchestratorStarted"/> time (the committing process's clock).</param>
/// <param name="WorkerId">The worker that committed its first row.</param>
/// <param name="Rows">Its rows.</param>
internal sealed record Episode(string InstanceId, DateTimeOffset StartedAt, string? WorkerId, List<EventRow> Rows);
