using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Orchestration;
using CampaignOrchestrator.Durable.Replay;
using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Durable.Tests.Replay;

/// <summary>Plays the worker's part for one instance: runs episodes and keeps the history, as a backend would.</summary>
internal sealed class EpisodeDriver(IOrchestrator orchestrator, object? input = null, string instanceId = "instance-1")
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    public List<HistoryEvent> History { get; } = [];

    public DateTimeOffset Now { get; set; } = T0;

    public EpisodeResult Last { get; private set; } = null!;

    public EpisodeResult Start() =>
        Episode(new ExecutionStarted(Now, orchestrator.GetType().Name, instanceId, "execution-1", DataConverter.Serialize(input)));

    /// <summary>Runs an episode with an OrchestratorStarted at <see cref="Now"/> followed by <paramref name="messages"/>.</summary>
    public EpisodeResult Episode(params HistoryEvent[] messages)
    {
        var newEvents = new List<HistoryEvent> { new OrchestratorStarted(Now) };
        newEvents.AddRange(messages);
        Last = OrchestrationExecutor.Execute(orchestrator, History, newEvents);
        History.AddRange(newEvents);
        History.AddRange(Last.NewEvents);
        return Last;
    }

    public EpisodeResult CompleteActivity(int taskId, object? result) => Episode(new TaskCompleted(Now, taskId, DataConverter.Serialize(result)));

    public EpisodeResult FailActivity(int taskId, string message, bool transient = false) =>
        Episode(new TaskFailed(Now, taskId, new FailureDetails("Vendor.Error", message, IsTransient: transient)));

    public EpisodeResult FireTimer(int taskId) =>
        Episode(new TimerFired(Now, taskId, History.OfType<TimerCreated>().Single(t => t.TaskId == taskId).FireAt));

    public EpisodeResult Raise(string name, object? payload) => Episode(new EventRaised(Now, name, DataConverter.Serialize(payload)));

    public T? Output<T>() => DataConverter.Deserialize<T>(Last.Completion!.Output);
}

/// <summary>An orchestration written as a lambda, for tests.</summary>
internal sealed class LambdaOrchestrator<TInput, TOutput>(Func<OrchestrationContext, TInput, Task<TOutput>> body) : Orchestrator<TInput, TOutput>
{
    public override Task<TOutput> RunAsync(OrchestrationContext context, TInput input) => body(context, input);
}
