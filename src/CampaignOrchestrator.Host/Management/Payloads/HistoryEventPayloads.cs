using System.Text.Json.Nodes;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Host.Management.Payloads;

/// <summary>
/// Writes a history as Durable Functions shows it: PascalCase fields with Durable Task's event type names; episode
/// markers left out; each completion or failure carries the <c>FunctionName</c> and <c>ScheduledTime</c> of what it
/// answers, whose scheduling event is then left out. Inputs and results appear only with <c>showHistoryOutput</c>.
/// </summary>
internal static class HistoryEventPayloads
{
    /// <summary>Converts a history.</summary>
    /// <param name="history">The events, oldest first.</param>
    /// <param name="showOutput">Whether to include inputs, results and failure details.</param>
    /// <returns>The events as JSON.</returns>
    public static JsonArray ToJson(IReadOnlyList<HistoryEvent> history, bool showOutput)
    {
        ArgumentNullException.ThrowIfNull(history);
        var tasks = history.OfType<TaskScheduled>().GroupBy(e => e.TaskId).ToDictionary(g => g.Key, g => g.First());
        var children = history.OfType<SubOrchestrationCreated>().GroupBy(e => e.TaskId).ToDictionary(g => g.Key, g => g.First());
        var answered = history
            .Select(e => e switch
            {
                TaskCompleted c => c.TaskScheduledId,
                TaskFailed f => f.TaskScheduledId,
                SubOrchestrationCompleted c => c.TaskScheduledId,
                SubOrchestrationFailed f => f.TaskScheduledId,
                _ => (int?)null,
            })
            .OfType<int>()
            .ToHashSet();

        var events = new JsonArray();
        foreach (var historyEvent in history)
        {
            var json = historyEvent switch
            {
                OrchestratorStarted => null,
                TaskScheduled e when answered.Contains(e.TaskId) => null,
                SubOrchestrationCreated e when answered.Contains(e.TaskId) => null,
                TaskCompleted e => Answer("TaskCompleted", e, tasks.GetValueOrDefault(e.TaskScheduledId))
                    .With("Result", e.Result, showOutput),
                TaskFailed e => Answer("TaskFailed", e, tasks.GetValueOrDefault(e.TaskScheduledId)).WithFailure(e.Failure, showOutput),
                SubOrchestrationCompleted e => Answer("SubOrchestrationInstanceCompleted", e, children.GetValueOrDefault(e.TaskScheduledId))
                    .With("Result", e.Result, showOutput),
                SubOrchestrationFailed e => Answer("SubOrchestrationInstanceFailed", e, children.GetValueOrDefault(e.TaskScheduledId))
                    .WithFailure(e.Failure, showOutput),
                _ => Describe(historyEvent, showOutput),
            };
            if (json is not null)
            {
                events.Add(json);
            }
        }

        return events;
    }

    private static JsonObject Describe(HistoryEvent historyEvent, bool showOutput) => historyEvent switch
    {
        ExecutionStarted e => Event("ExecutionStarted", e).WithText("FunctionName", e.Name).With("Input", e.Input, showOutput),
        TaskScheduled e => Event("TaskScheduled", e).WithText("Name", e.Name).WithNumber("EventId", e.TaskId).With("Input", e.Input, showOutput),
        SubOrchestrationCreated e => Event("SubOrchestrationInstanceCreated", e)
            .WithText("Name", e.Name).WithText("InstanceId", e.InstanceId).WithNumber("EventId", e.TaskId).With("Input", e.Input, showOutput),
        TimerCreated e => Event("TimerCreated", e).WithText("FireAt", DurableTime.FormatPrecise(e.FireAt)).WithNumber("EventId", e.TaskId),
        TimerFired e => Event("TimerFired", e).WithText("FireAt", DurableTime.FormatPrecise(e.FireAt)).WithNumber("TimerId", e.TimerId),
        EventRaised e => Event("EventRaised", e).WithText("Name", e.Name).With("Input", e.Input, showOutput),
        ExecutionSuspended e => Event("ExecutionSuspended", e).WithText("Reason", e.Reason),
        ExecutionResumed e => Event("ExecutionResumed", e).WithText("Reason", e.Reason),
        ExecutionTerminated e => Event("ExecutionTerminated", e).WithText("Input", e.Reason, showOutput),
        ExecutionCompleted e => Event("ExecutionCompleted", e)
            .WithText("OrchestrationStatus", e.Status.ToString())
            .With("Result", e.Output, showOutput)
            .WithFailureDetails(e.Failure, showOutput),
        ContinuedAsNew e => Event("ContinueAsNew", e).With("Result", e.Input, showOutput),
        _ => Event(historyEvent.GetType().Name, historyEvent),
    };

    private static JsonObject Event(string eventType, HistoryEvent historyEvent) => new()
    {
        ["EventType"] = eventType,
        ["Timestamp"] = DurableTime.FormatPrecise(historyEvent.Timestamp),
    };

    private static JsonObject Answer(string eventType, HistoryEvent answer, TaskScheduled? scheduled) =>
        Event(eventType, answer).WithText("FunctionName", scheduled?.Name).WithText("ScheduledTime", scheduled is null ? null : DurableTime.FormatPrecise(scheduled.Timestamp));

    private static JsonObject Answer(string eventType, HistoryEvent answer, SubOrchestrationCreated? created) =>
        Event(eventType, answer)
            .WithText("FunctionName", created?.Name)
            .WithText("InstanceId", created?.InstanceId)
            .WithText("ScheduledTime", created is null ? null : DurableTime.FormatPrecise(created.Timestamp));

    private static JsonObject WithFailure(this JsonObject json, FailureDetails failure, bool showOutput) =>
        json.WithText("Reason", failure.Message).WithText("Details", failure.StackTrace, showOutput).WithFailureDetails(failure, showOutput);

    private static JsonObject WithFailureDetails(this JsonObject json, FailureDetails? failure, bool showOutput)
    {
        if (failure is not null)
        {
            var details = new JsonObject { ["ErrorType"] = failure.ErrorType, ["ErrorMessage"] = failure.Message };
            if (showOutput && failure.StackTrace is not null)
            {
                details["StackTrace"] = failure.StackTrace;
            }

            json["FailureDetails"] = details;
        }

        return json;
    }

    private static JsonObject With(this JsonObject json, string name, string? storedJson, bool show)
    {
        if (show)
        {
            json[name] = JsonPayloadValue.Parse(storedJson);
        }

        return json;
    }

    private static JsonObject WithText(this JsonObject json, string name, string? text, bool show = true)
    {
        if (show && text is not null)
        {
            json[name] = text;
        }

        return json;
    }

    private static JsonObject WithNumber(this JsonObject json, string name, int value)
    {
        json[name] = value;
        return json;
    }
}
