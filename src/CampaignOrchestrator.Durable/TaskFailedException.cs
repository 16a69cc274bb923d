namespace CampaignOrchestrator.Durable;

/// <summary>Thrown inside an orchestration when an activity or sub-orchestration it awaited failed.</summary>
public sealed class TaskFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="taskName">The activity or orchestration name.</param>
    /// <param name="taskId">The task id in the history.</param>
    /// <param name="failure">The failure.</param>
    public TaskFailedException(string taskName, int taskId, FailureDetails failure)
        : base($"'{taskName}' (task {taskId}) failed: {failure?.ErrorType}: {failure?.Message}")
    {
        TaskName = taskName;
        TaskId = taskId;
        Failure = failure!;
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public TaskFailedException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates an exception with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TaskFailedException(string message, Exception? innerException)
        : base(message, innerException)
    {
        TaskName = string.Empty;
        Failure = new FailureDetails(nameof(TaskFailedException), message);
    }

    /// <summary>Creates an exception with a default message.</summary>
    public TaskFailedException()
        : this("A durable task failed.")
    {
    }

    /// <summary>Gets the failed task's name.</summary>
    public string TaskName { get; }

    /// <summary>Gets the failed task's id.</summary>
    public int TaskId { get; }

    /// <summary>Gets the failure details.</summary>
    public FailureDetails Failure { get; }
}
