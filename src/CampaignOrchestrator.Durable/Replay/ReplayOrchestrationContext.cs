using System.Security.Cryptography;
using System.Text;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Orchestration;
using CampaignOrchestrator.Durable.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CampaignOrchestrator.Durable.Replay;

/// <summary>The context an orchestration runs with during an episode: records its actions and feeds it recorded results.</summary>
internal sealed partial class ReplayOrchestrationContext(ExecutionStarted started) : OrchestrationContext
{
    private readonly Dictionary<int, PendingTask> _open = [];
    private readonly SortedDictionary<int, OrchestratorAction> _unmatched = [];
    private int _nextTaskId;
    private int _guidCounter;

    public override string InstanceId => started.InstanceId;

    public override string Name => started.Name;

    public override DateTimeOffset CurrentUtcDateTime => CurrentTime;

    public override bool IsReplaying => Replaying;

    public DateTimeOffset CurrentTime { get; set; } = started.Timestamp;

    public bool Replaying { get; set; }

    public string? CustomStatus { get; private set; }

    public string? ContinueAsNewInput { get; private set; }

    public bool ContinueAsNewRequested { get; private set; }

    /// <summary>Gets the actions scheduled in this episode that the history does not have yet, in task order.</summary>
    public IReadOnlyCollection<OrchestratorAction> NewActions => _unmatched.Values;

    public override Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, RetryPolicy? retry = null) =>
        WithRetryAsync(retry, () => ScheduleAsync<TResult>(id => new ScheduleActivityAction(id, name, DataConverter.Serialize(input))));

    public override Task<TResult> CallSubOrchestratorAsync<TResult>(string name, object? input = null, string? instanceId = null, RetryPolicy? retry = null) =>
        WithRetryAsync(retry, () => ScheduleAsync<TResult>(id =>
            new StartSubOrchestrationAction(id, name, instanceId ?? $"{InstanceId}:{id}", DataConverter.Serialize(input))));

    public override void ContinueAsNew(object? input)
    {
        ContinueAsNewRequested = true;
        ContinueAsNewInput = DataConverter.Serialize(input);
    }

    public override void SetCustomStatus(object? status) => CustomStatus = DataConverter.Serialize(status);

    public override Guid NewGuid()
    {
        // Hashed from values that are identical on every replay; laid out as an RFC 9562 version 8 (custom) GUID.
        var name = $"{InstanceId}|{CurrentTime.UtcTicks}|{_guidCounter++}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public override ILogger CreateReplaySafeLogger(ILogger logger) => new ReplaySafeLogger(this, logger ?? NullLogger.Instance);

    /// <summary>Treats the actions scheduled so far as recorded: their history events were committed.</summary>
    public void AcceptNewActions() => _unmatched.Clear();

    /// <summary>Matches a history event that records an action with the action the code scheduled.</summary>
    public void MatchRecordedAction(int taskId, string recorded, Func<OrchestratorAction, bool> isSame)
    {
        if (!_unmatched.Remove(taskId, out var action))
        {
            throw new NonDeterminismException(
                $"The history has {recorded}, but the orchestration did not schedule task {taskId} on replay. Did its code change while it was running?");
        }

        if (!isSame(action))
        {
            throw new NonDeterminismException(
                $"The history has {recorded}, but on replay the orchestration scheduled {action.Describe()} instead.");
        }
    }

    /// <summary>Delivers a recorded result to the task that awaits it; unknown or finished tasks are ignored (duplicates).</summary>
    public void Complete(int taskId, string? result)
    {
        if (_open.Remove(taskId, out var pending))
        {
            pending.Complete(result);
        }
    }

    /// <summary>Delivers a recorded failure to the task that awaits it.</summary>
    public void Fail(int taskId, FailureDetails failure)
    {
        if (_open.Remove(taskId, out var pending))
        {
            pending.Fail(new TaskFailedException(pending.Name, taskId, failure));
        }
    }

    private Task<TResult> ScheduleAsync<TResult>(Func<int, OrchestratorAction> create)
    {
        var action = create(_nextTaskId++);
        _unmatched.Add(action.TaskId, action);
        var pending = new PendingTask<TResult>(action switch
        {
            ScheduleActivityAction a => a.Name,
            StartSubOrchestrationAction s => s.Name,
            _ => "timer",
        });
        _open.Add(action.TaskId, pending);
        return pending.Task;
    }

    private async Task<TResult> WithRetryAsync<TResult>(RetryPolicy? retry, Func<Task<TResult>> attempt)
    {
        if (retry is null)
        {
            return await attempt();
        }

        var firstStarted = CurrentTime;
        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt();
            }
            catch (TaskFailedException failed) when (retry.NextDelay(number, failed.Failure, CurrentTime - firstStarted) is { } delay)
            {
                await CreateTimer(CurrentTime + delay);
            }
        }
    }
}
