using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Orchestration;
using CampaignOrchestrator.Durable.Replay;

namespace CampaignOrchestrator.Durable.Tests.Replay;

public sealed class OrchestrationExecutorTests
{
    private static LambdaOrchestrator<TIn, TOut> Orchestration<TIn, TOut>(Func<OrchestrationContext, TIn, Task<TOut>> body) => new(body);

    [Fact]
    public void Execute_Sequence_SchedulesOneActivityPerEpisodeAndCompletes()
    {
        var driver = new EpisodeDriver(Orchestration<int, int>(async (ctx, x) =>
        {
            var a = await ctx.CallActivityAsync<int>("Add", x);
            var b = await ctx.CallActivityAsync<int>("Add", a);
            return b * 10;
        }), input: 1);

        var first = driver.Start();
        Assert.Equal([new ScheduleActivityAction(0, "Add", "1")], first.Actions);
        var second = driver.CompleteActivity(0, 2);
        Assert.Equal([new ScheduleActivityAction(1, "Add", "2")], second.Actions);
        var third = driver.CompleteActivity(1, 3);

        Assert.Empty(third.Actions);
        Assert.Equal(RuntimeStatus.Completed, third.Completion!.Status);
        Assert.Equal(30, driver.Output<int>());
        Assert.IsType<ExecutionCompleted>(driver.History[^1]);
    }

    [Fact]
    public void Execute_FanOutFanIn_SchedulesAllAtOnceAndGathersInAnyOrder()
    {
        var driver = new EpisodeDriver(Orchestration<int, int>(async (ctx, n) =>
        {
            var results = await Task.WhenAll(Enumerable.Range(0, n).Select(i => ctx.CallActivityAsync<int>("Square", i)));
            return results.Sum();
        }), input: 100);

        var first = driver.Start();
        Assert.Equal(100, first.Actions.Count);
        var completions = Enumerable.Range(0, 100).Reverse().Select(i => (HistoryEvent)new TaskCompleted(driver.Now, i, (i * i).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var last = driver.Episode(completions);

        Assert.Equal(Enumerable.Range(0, 100).Sum(i => i * i), driver.Output<int>());
        Assert.Equal(RuntimeStatus.Completed, last.Completion!.Status);
    }

    [Fact]
    public void Execute_DuplicateCompletion_IsAppliedOnce()
    {
        var calls = 0;
        var driver = new EpisodeDriver(Orchestration<int, int>(async (ctx, _) =>
        {
            var a = await ctx.CallActivityAsync<int>("A");
            if (!ctx.IsReplaying)
            {
                calls++;
            }

            return a + await ctx.CallActivityAsync<int>("B");
        }));
        driver.Start();

        var result = driver.Episode(new TaskCompleted(driver.Now, 0, "5"), new TaskCompleted(driver.Now, 0, "7"));

        Assert.Equal([new ScheduleActivityAction(1, "B", null)], result.Actions);
        driver.CompleteActivity(1, 1);
        Assert.Equal(6, driver.Output<int>());
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Execute_ActivityFailure_SurfacesAsTaskFailedExceptionWithDetails()
    {
        var driver = new EpisodeDriver(Orchestration<int, string>(async (ctx, _) =>
        {
            try
            {
                await ctx.CallActivityAsync<int>("Send");
                return "sent";
            }
            catch (TaskFailedException failed)
            {
                return $"{failed.TaskName}/{failed.Failure.ErrorType}/{failed.Failure.Message}";
            }
        }));
        driver.Start();

        driver.FailActivity(0, "quota exhausted");

        Assert.Equal("Send/Vendor.Error/quota exhausted", driver.Output<string>());
    }

    [Fact]
    public void Execute_UnhandledException_FailsTheInstanceWithDetails()
    {
        var driver = new EpisodeDriver(Orchestration<int, int>((_, _) => throw new InvalidOperationException("bad definition")));

        var result = driver.Start();

        Assert.Equal(RuntimeStatus.Failed, result.Completion!.Status);
        Assert.Equal(typeof(InvalidOperationException).FullName, result.Completion.Failure!.ErrorType);
        Assert.Equal("bad definition", result.Completion.Failure.Message);
    }

    [Fact]
    public void Execute_RetryPolicy_WaitsOnDurableTimersWithBackoff()
    {
        var policy = new RetryPolicy(4, TimeSpan.FromSeconds(10)) { BackoffCoefficient = 2, Handle = f => f.IsTransient };
        var driver = new EpisodeDriver(Orchestration<int, int>((ctx, _) => ctx.CallActivityAsync<int>("Flaky", retry: policy)));
        driver.Start();

        var afterFirst = driver.FailActivity(0, "503", transient: true);
        var firstTimer = Assert.IsType<CreateTimerAction>(Assert.Single(afterFirst.Actions));
        Assert.Equal(EpisodeDriver.T0.AddSeconds(10), firstTimer.FireAt);

        driver.Now = firstTimer.FireAt;
        Assert.Equal([new ScheduleActivityAction(2, "Flaky", null)], driver.FireTimer(1).Actions);
        var afterSecond = driver.FailActivity(2, "503", transient: true);
        var secondTimer = Assert.IsType<CreateTimerAction>(Assert.Single(afterSecond.Actions));
        Assert.Equal(firstTimer.FireAt.AddSeconds(20), secondTimer.FireAt);

        driver.Now = secondTimer.FireAt;
        driver.FireTimer(3);
        driver.CompleteActivity(4, 42);
        Assert.Equal(42, driver.Output<int>());
    }

    [Fact]
    public void Execute_RetryPolicy_PermanentFailureIsNotRetried()
    {
        var policy = new RetryPolicy(4, TimeSpan.FromSeconds(10)) { Handle = f => f.IsTransient };
        var driver = new EpisodeDriver(Orchestration<int, int>((ctx, _) => ctx.CallActivityAsync<int>("Send", retry: policy)));
        driver.Start();

        var result = driver.FailActivity(0, "401 Unauthorized", transient: false);

        Assert.Equal(RuntimeStatus.Failed, result.Completion!.Status);
        Assert.Contains("401 Unauthorized", result.Completion.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_NonDeterministicCode_FailsNamingExpectedAndActual()
    {
        var flip = false;
        var driver = new EpisodeDriver(Orchestration<int, int>(async (ctx, _) => await ctx.CallActivityAsync<int>(flip ? "SendReminder" : "CreateBatch")));
        driver.Start();

        flip = true;
        var result = driver.CompleteActivity(0, 1);

        Assert.Equal(RuntimeStatus.Failed, result.Completion!.Status);
        Assert.Equal(typeof(NonDeterminismException).FullName, result.Completion.Failure!.ErrorType);
        Assert.Contains("activity 'CreateBatch' (task 0)", result.Completion.Failure.Message, StringComparison.Ordinal);
        Assert.Contains("activity 'SendReminder' (task 0)", result.Completion.Failure.Message, StringComparison.Ordinal);
        Assert.Empty(result.Actions);
    }

    [Fact]
    public void Execute_CurrentTimeAndGuids_AreStableAcrossReplays()
    {
        var seen = new List<(DateTimeOffset, Guid)>();
        var driver = new EpisodeDriver(Orchestration<int, int>(async (ctx, _) =>
        {
            seen.Add((ctx.CurrentUtcDateTime, ctx.NewGuid()));
            await ctx.CallActivityAsync<int>("A");
            return 0;
        }));
        driver.Start();
        driver.Now = driver.Now.AddHours(1);

        driver.CompleteActivity(0, 0);

        Assert.Equal(2, seen.Count);
        Assert.Equal(seen[0], seen[1]);
        Assert.Equal(EpisodeDriver.T0, seen[0].Item1);
    }

    [Fact]
    public void Execute_CustomStatus_IsReported()
    {
        var driver = new EpisodeDriver(Orchestration<int, int>(async (ctx, _) =>
        {
            ctx.SetCustomStatus(new { phase = "sending", progress = 40 });
            await ctx.CallActivityAsync<int>("A");
            return 0;
        }));

        Assert.Equal("""{"phase":"sending","progress":40}""", driver.Start().CustomStatus);
    }
}
