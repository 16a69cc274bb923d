namespace CampaignOrchestrator.Durable.Replay;

/// <summary>Something an orchestration asked for that the engine must carry out after the episode commits.</summary>
/// <param name="TaskId">The task id the result will be delivered to.</param>
public abstract record OrchestratorAction(int TaskId)
{
    /// <summary>Gets a short description for non-determinism messages.</summary>
    public abstract string Describe();
}

/// <summary>Run an activity.</summary>
/// <param name="TaskId">The task id.</param>
/// <param name="Name">The activity name.</param>
/// <param name="Input">The serialized input.</param>
public sealed record ScheduleActivityAction(int TaskId, string Name, string? Input) : OrchestratorAction(TaskId)
{
    /// <inheritdoc />
    public override string Describe() => $"activity '{Name}' (task {TaskId})";
}

/// <summary>Fire a timer.</summary>
/// <param name="TaskId">The task id.</param>
/// <param name="FireAt">When it fires.</param>
public sealed record CreateTimerAction(int TaskId, DateTimeOffset FireAt) : OrchestratorAction(TaskId)
{
    /// <inheritdoc />
    public override string Describe() => $"timer (task {TaskId})";
}

/// <summary>Start a sub-orchestration.</summary>
/// <param name="TaskId">The task id.</param>
/// <param name="Name">The orchestrator name.</param>
/// <param name="InstanceId">The child instance id.</param>
/// <param name="Input">The serialized input.</param>
public sealed record StartSubOrchestrationAction(int TaskId, string Name, string InstanceId, string? Input) : OrchestratorAction(TaskId)
{
    /// <inheritdoc />
    public override string Describe() => $"sub-orchestration '{Name}' (task {TaskId})";
}
