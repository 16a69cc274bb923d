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
    private readonly ConcurrentDictionary<string, OrchestrationSession> _sessions = new(StringComparer.Ordinal);

    /// <summary>Takes an instance's session out of the cache, if it matches the committed history.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="executionId">The current execution.</param>
    /// <param name="historyCount">How many events its committed history holds.</param>
    /// <returns>The session, or null when the episode must replay.</returns>
    public OrchestrationSession? Take(string instanceId, string executionId, int historyCount) =>
        _sessions.TryRemove(instanceId, out var session)
        && session.IsReusable
        && session.ExecutionId == executionId
        && session.CommittedEvents == historyCount
            ? session
            : null;

    /// <summary>Keeps a session after its episode committed, while there is room.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="session">The session.</param>
    public void Keep(string instanceId, OrchestrationSession session)
    {
        if (session.IsReusable && _sessions.Count < capacity)
        {
            _sessions[instanceId] = session;
        }
    }
}
