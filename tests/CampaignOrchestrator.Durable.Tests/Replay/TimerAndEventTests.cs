using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Orchestration;
using CampaignOrchestrator.Durable.Replay;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CampaignOrchestrator.Durable.Tests.Replay;

public sealed class TimerAndEventTests
{
    private static LambdaOrchestrator<TIn, TOut> Orchestration<TIn, TOut>(Func<OrchestrationContext, TIn, Task<TOut>> body) => new(body);

    [Fact]
    public void CreateTimer_FiresAndContinues()
    {
        var driver = new EpisodeDriver(Orchestration<int, string>(async (ctx, _) =>
        {
            await ctx.CreateTimer(ctx.CurrentUtcDateTime.AddDays(30));
            return "later";
        }));

        var timer = Assert.IsType<CreateTimerAction>(Assert.Single(driver.Start().Actions));
        Assert.Equal(EpisodeDriver.T0.AddDays(30), timer.FireAt);
        driver.Now = timer.FireAt;

        driver.FireTimer(0);
        Assert.Equal("later", driver.Output<string>());
    }

    [Fact]
    public void CreateTimer_Cancelled_LetsTheOrchestrationFinishWithoutIt()
    {
        var driver = new EpisodeDriver(Orchestration<int, string>(async (ctx, _) =>
        {
            using var cancel = new CancellationTokenSource();
            var timer = ctx.CreateTimer(ctx.CurrentUtcDateTime.AddHours(1), cancel.Token);
            var work = ctx.CallActivityAsync<string>("Work");
            var first = await Task.WhenAny(timer, work);
            cancel.Cancel();
            return first == work ? await work : "timed out";
        }));
        driver.Start();

        driver.CompleteActivity(1, "done");
        Assert.Equal("done", driver.Output<string>());

        // A late firing of the cancelled timer is harmless.
        var late = driver.FireTimer(0);
        Assert.Equal(RuntimeStatus.Completed, late.Completion!.Status);
    }

    [Fact]
    public void WaitForExternalEvent_EventBeforeTheWait_IsBuffered()
    {
        var driver = new EpisodeDriver(Orchestration<int, string>(async (ctx, _) =>
        {
            await ctx.CallActivityAsync<int>("Prepare");
            return await ctx.WaitForExternalEvent<string>("Approve");
        }));
        driver.Start();

        driver.Episode(new EventRaised(driver.Now, "approve", "\"yes\""), new TaskCompleted(driver.Now, 0, "1"));

        Assert.Equal("yes", driver.Output<string>());
    }

    [Fact]
    public void WaitForExternalEvent_EventDuringTheWait_Completes()
    {
        var driver = new EpisodeDriver(Orchestration<int, string>((ctx, _) => ctx.WaitForExternalEvent<string>("approve", TimeSpan.FromDays(2))));
        var timer = Assert.IsType<CreateTimerAction>(Assert.Single(driver.Start().Actions));
        Assert.Equal(EpisodeDriver.T0.AddDays(2), timer.FireAt);

        driver.Raise("approve", "ok");

        Assert.Equal("ok", driver.Output<string>());
    }

    [Fact]
    public void WaitForExternalEvent_Timeout_ThrowsAndALaterEventIsBuffered()
    {
        var driver = new EpisodeDriver(Orchestration<int, string>(async (ctx, _) =>
        {
            try
            {
                return await ctx.WaitForExternalEvent<string>("approve", TimeSpan.FromHours(1));
            }
            catch (TimeoutException)
            {
                await ctx.CallActivityAsync<int>("NotifyTimeout");
                return "late: " + await ctx.WaitForExternalEvent<string>("approve");
            }
        }));
        driver.Start();

        var afterTimeout = driver.FireTimer(0);
        Assert.Equal([new ScheduleActivityAction(1, "NotifyTimeout", null)], afterTimeout.Actions);
        driver.Raise("approve", "eventually");
        driver.CompleteActivity(1, 0);

        Assert.Equal("late: eventually", driver.Output<string>());
    }

    [Fact]
    public void ContinueAsNew_CarriesUnprocessedEvents()
    {
        var driver = new EpisodeDriver(Orchestration<int, int>(async (ctx, round) =>
        {
            await ctx.CallActivityAsync<int>("Poll");
            ctx.ContinueAsNew(round + 1);
            return 0;
        }), input: 1);
        driver.Start();

        var result = driver.Episode(new EventRaised(driver.Now, "stop", null), new TaskCompleted(driver.Now, 0, "0"));

        Assert.Equal(RuntimeStatus.ContinuedAsNew, result.Completion!.Status);
        Assert.Equal("2", result.Completion.Output);
        Assert.Equal("stop", Assert.Single(result.Completion.CarriedEvents).Name);
        Assert.IsType<ContinuedAsNew>(driver.History[^1]);
    }

    [Fact]
    public void CallSubOrchestrator_FailurePropagatesAsTaskFailedException()
    {
        var driver = new EpisodeDriver(Orchestration<int, string>(async (ctx, _) =>
        {
            try
            {
                return await ctx.CallSubOrchestratorAsync<string>("Child", 5);
            }
            catch (TaskFailedException failed)
            {
                return "child failed: " + failed.Failure.Message;
            }
        }));
        var start = Assert.IsType<StartSubOrchestrationAction>(Assert.Single(driver.Start().Actions));
        Assert.Equal("instance-1:0", start.InstanceId);

        driver.Episode(new SubOrchestrationFailed(driver.Now, 0, new FailureDetails("X", "boom")));

        Assert.Equal("child failed: boom", driver.Output<string>());
    }

    [Fact]
    public void ReplaySafeLogger_WritesEachLineOnce()
    {
        var logger = new CountingLogger();
        var driver = new EpisodeDriver(Orchestration<int, int>(async (ctx, _) =>
        {
            var log = ctx.CreateReplaySafeLogger(logger);
            log.LogInformation("starting");
            await ctx.CallActivityAsync<int>("A");
            log.LogInformation("after A");
            await ctx.CallActivityAsync<int>("B");
            return 0;
        }));

        driver.Start();
        driver.CompleteActivity(0, 0);
        driver.CompleteActivity(1, 0);

        Assert.Equal(["starting", "after A"], logger.Lines);
    }

    private sealed class CountingLogger : ILogger
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => NullLogger.Instance.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }
}
