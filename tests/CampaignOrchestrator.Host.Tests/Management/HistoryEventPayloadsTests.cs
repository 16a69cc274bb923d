using System.Text.Json.Nodes;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Host.Management.Payloads;

namespace CampaignOrchestrator.Host.Tests.Management;

public sealed class HistoryEventPayloadsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly HistoryEvent[] History =
    [
        new ExecutionStarted(T0, "Parent", "p-1", "e-1", "{\"n\":1}"),
        new OrchestratorStarted(T0),
        new TaskScheduled(T0.AddSeconds(1), 0, "Send", "\"in\""),
        new TimerCreated(T0.AddSeconds(1), 1, T0.AddMinutes(5)),
        new SubOrchestrationCreated(T0.AddSeconds(1), 2, "Child", "c-1", "null"),
        new TaskScheduled(T0.AddSeconds(1), 3, "Pending", "\"waiting\""),
        new TaskFailed(T0.AddSeconds(2), 0, new FailureDetails("System.IO.IOException", "disk", "at Send()")),
        new TimerFired(T0.AddMinutes(5), 1, T0.AddMinutes(5)),
        new SubOrchestrationCompleted(T0.AddMinutes(6), 2, "42"),
        new EventRaised(T0.AddMinutes(7), "Approval", "{\"ok\":true}"),
        new ExecutionSuspended(T0.AddMinutes(8), "pause"),
        new ExecutionResumed(T0.AddMinutes(9), "go"),
        new ExecutionCompleted(T0.AddMinutes(10), RuntimeStatus.Completed, "\"done\""),
    ];

    [Fact]
    public void ToJson_History_UsesDurableTaskEventTypesAndLeavesOutAnsweredSchedulesAndEpisodeMarkers()
    {
        var events = HistoryEventPayloads.ToJson(History, showOutput: false);

        Assert.Equal(
            ["ExecutionStarted", "TimerCreated", "TaskScheduled", "TaskFailed", "TimerFired", "SubOrchestrationInstanceCompleted", "EventRaised", "ExecutionSuspended", "ExecutionResumed", "ExecutionCompleted"],
            events.Select(e => e!["EventType"]!.GetValue<string>()));
        Assert.Equal("2026-03-01T12:00:00.0000000Z", events[0]!["Timestamp"]!.GetValue<string>());
    }

    [Fact]
    public void ToJson_Answers_CarryTheFunctionNameAndScheduledTimeOfWhatTheyAnswer()
    {
        var events = HistoryEventPayloads.ToJson(History, showOutput: false);

        var failed = Find(events, "TaskFailed");
        Assert.Equal("Send", failed["FunctionName"]!.GetValue<string>());
        Assert.Equal("2026-03-01T12:00:01.0000000Z", failed["ScheduledTime"]!.GetValue<string>());
        Assert.Equal("disk", failed["Reason"]!.GetValue<string>());
        var child = Find(events, "SubOrchestrationInstanceCompleted");
        Assert.Equal("Child", child["FunctionName"]!.GetValue<string>());
        Assert.Equal("c-1", child["InstanceId"]!.GetValue<string>());
    }

    [Fact]
    public void ToJson_WithoutOutput_LeavesOutInputsResultsAndStacks()
    {
        var events = HistoryEventPayloads.ToJson(History, showOutput: false);

        Assert.All(events, e =>
        {
            Assert.False(e!.AsObject().ContainsKey("Input"));
            Assert.False(e.AsObject().ContainsKey("Result"));
            Assert.False(e.AsObject().ContainsKey("Details"));
        });
    }

    [Fact]
    public void ToJson_WithOutput_IncludesInputsAndResultsAsJsonValues()
    {
        var events = HistoryEventPayloads.ToJson(History, showOutput: true);

        Assert.Equal(1, Find(events, "ExecutionStarted")["Input"]!["n"]!.GetValue<int>());
        Assert.Equal(42, Find(events, "SubOrchestrationInstanceCompleted")["Result"]!.GetValue<int>());
        Assert.True(Find(events, "EventRaised")["Input"]!["ok"]!.GetValue<bool>());
        Assert.Equal("done", Find(events, "ExecutionCompleted")["Result"]!.GetValue<string>());
        Assert.Equal("at Send()", Find(events, "TaskFailed")["Details"]!.GetValue<string>());
        Assert.Equal("waiting", Find(events, "TaskScheduled")["Input"]!.GetValue<string>());
    }

    private static JsonObject Find(JsonArray events, string eventType) =>
        events.Single(e => e!["EventType"]!.GetValue<string>() == eventType)!.AsObject();
}
