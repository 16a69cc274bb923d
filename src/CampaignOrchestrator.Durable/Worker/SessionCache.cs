using System.Collections.Concurrent;
using CampaignOrchestrator.Durable.Replay;

namespace CampaignOrchestrator.Durable.Worker;

/// <summary>
/// Orchestrations kept running in memory between episodes (Durable Functions calls these extended sessions). A
/// session is used only if it has seen exactly the instance's committed history — same execution, same number of
/// events — so an episode committed elsewhere (another worker, another process) makes the next one replay instead.
/// </summary>
/// <param name="capacity">How many sessions to keep; zero turns the cache off.</param>
internal sealed class SessionCache(int capacity)
{
    private readonly ConcurrentDictionary<string, CachedOrchestration> _sessions = new(StringComparer.Ordinal);

    /// <summary>Takes an instance's session out of the cache, if it matches the committed history.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="executionId">The current execution.</param>
    /// <param name="historyCount">How many events its committed history holds.</param>
    /// <returns>The session and its history index, or null when the episode must replay.</returns>
    public CachedOrchestration? Take(string instanceId, string executionId, int historyCount) =>
        _sessions.TryRemove(instanceId, out var cached)
        && cached.Session.IsReusable
        && cached.Session.ExecutionId == executionId
        && cached.Session.CommittedEvents == historyCount
            ? cached
            : null;

    /// <summary>Keeps a session after its episode committed, while there is room.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cached">The session and its history index, both up to date with the commit.</param>
    public void Keep(string instanceId, CachedOrchestration cached)
    {
        if (cached.Session.IsReusable && _sessions.Count < capacity)
        {
            _sessions[instanceId] = cached;
        }
    }
}

/// <summary>A running orchestration and the index of the history it has seen.</summary>
/// <param name="Session">The running orchestration.</param>
/// <param name="Index">Its history's scheduled and answered tasks.</param>
internal sealed record CachedOrchestration(OrchestrationSession Session, HistoryIndex Index);
