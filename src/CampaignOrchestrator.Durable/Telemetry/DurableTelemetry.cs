using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CampaignOrchestrator.Durable.Telemetry;

/// <summary>
/// The engine's OpenTelemetry sources: spans for episodes and activity executions, and metrics for their counts,
/// latencies and the work in flight. Subscribe with <c>AddSource(DurableTelemetry.Name)</c> and <c>AddMeter(DurableTelemetry.Name)</c>.
/// </summary>
public static class DurableTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "CampaignOrchestrator.Durable";

    private static readonly Meter EngineMeter = new(Name);
    private static long _orchestrationsInFlight;
    private static long _activitiesInFlight;
    private static long _messagesWaiting;
    private static long _activitiesWaiting;

    static DurableTelemetry()
    {
        EngineMeter.CreateObservableUpDownCounter(
            "durable.orchestration.episodes.in_flight", () => Interlocked.Read(ref _orchestrationsInFlight), "{episode}", "Episodes running now.");
        EngineMeter.CreateObservableUpDownCounter(
            "durable.activity.executions.in_flight", () => Interlocked.Read(ref _activitiesInFlight), "{execution}", "Activity executions running now.");
        EngineMeter.CreateObservableUpDownCounter(
            "durable.backlog.instance_messages", () => Interlocked.Read(ref _messagesWaiting), "{message}", "Instance messages waiting to be processed (sampled).");
        EngineMeter.CreateObservableUpDownCounter(
            "durable.backlog.activities", () => Interlocked.Read(ref _activitiesWaiting), "{execution}", "Activity executions waiting to run (sampled).");
    }

    /// <summary>Gets the source of episode and activity spans.</summary>
    public static ActivitySource Source { get; } = new(Name);

    /// <summary>Gets the count of committed episodes, tagged with the orchestrator and outcome.</summary>
    public static Counter<long> Episodes { get; } = EngineMeter.CreateCounter<long>("durable.orchestration.episodes", "{episode}", "Orchestration episodes processed.");

    /// <summary>Gets episode latency, from lock to commit.</summary>
    public static Histogram<double> EpisodeDuration { get; } = EngineMeter.CreateHistogram<double>("durable.orchestration.episode.duration", "ms", "Time from locking an instance to committing its episode.");

    /// <summary>Gets the count of activity executions, tagged with the activity and outcome.</summary>
    public static Counter<long> ActivityExecutions { get; } = EngineMeter.CreateCounter<long>("durable.activity.executions", "{execution}", "Activity executions finished.");

    /// <summary>Gets activity latency.</summary>
    public static Histogram<double> ActivityDuration { get; } = EngineMeter.CreateHistogram<double>("durable.activity.duration", "ms", "Time an activity execution took.");

    /// <summary>Gets the count of work items given up on.</summary>
    public static Counter<long> DeadLetters { get; } = EngineMeter.CreateCounter<long>("durable.dead_letters", "{message}", "Work items dead-lettered after too many deliveries.");

    /// <summary>Gets how many messages each episode took: a growing value means messages pile up between episodes.</summary>
    public static Histogram<long> MessagesPerEpisode { get; } = EngineMeter.CreateHistogram<long>("durable.orchestration.messages_per_episode", "{message}", "Messages delivered to one episode; a growing value means a backlog.");

    /// <summary>Records the latest sampled backlog.</summary>
    /// <param name="messages">Instance messages waiting.</param>
    /// <param name="activities">Activity executions waiting.</param>
    internal static void RecordBacklog(long messages, long activities)
    {
        Interlocked.Exchange(ref _messagesWaiting, messages);
        Interlocked.Exchange(ref _activitiesWaiting, activities);
    }

    /// <summary>Adjusts the count of episodes in flight.</summary>
    /// <param name="delta">+1 when one starts, -1 when it ends.</param>
    internal static void OrchestrationsInFlight(int delta) => Interlocked.Add(ref _orchestrationsInFlight, delta);

    /// <summary>Adjusts the count of activity executions in flight.</summary>
    /// <param name="delta">+1 when one starts, -1 when it ends.</param>
    internal static void ActivitiesInFlight(int delta) => Interlocked.Add(ref _activitiesInFlight, delta);
}
