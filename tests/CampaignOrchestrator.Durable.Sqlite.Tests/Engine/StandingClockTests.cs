using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Durable.Orchestration;
using CampaignOrchestrator.Durable.Sqlite.Tests.TestSupport;
using CampaignOrchestrator.Durable.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Engine;

/// <summary>
/// On a clock that stands still the worker's idle poll never comes, so every piece of work must be announced: an
/// activity that finishes while its orchestration's episode holds the instance's lock included.
/// </summary>
public sealed class StandingClockTests : IDisposable
{
    private readonly TemporaryDatabaseFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task FanOuts_CompletionsArrivingDuringAnEpisode_AreAllPickedUpWithoutAnIdlePoll()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var host = await DurableTestHost.StartAsync(
            engine => engine.AddOrchestrator<RepeatedFanOut>().AddActivity<Echo>(),
            options =>
            {
                options.DatabasePath = _folder.DatabasePath;
                options.TimeProvider = time;
            });

        var id = await host.Client.StartAsync(nameof(RepeatedFanOut), 40);
        var state = await host.Client.WaitForCompletionAsync(id).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(RuntimeStatus.Completed, state.Status);
        Assert.Equal("200", state.Output);
    }

    /// <summary>Five fan-outs of <c>input</c> activities in a row; returns how many completed.</summary>
    private sealed class RepeatedFanOut : Orchestrator<int, int>
    {
        public override async Task<int> RunAsync(OrchestrationContext context, int input)
        {
            var completed = 0;
            for (var round = 0; round < 5; round++)
            {
                var results = await Task.WhenAll(Enumerable.Range(0, input).Select(i => context.CallActivityAsync<int>(nameof(Echo), i)));
                completed += results.Length;
            }

            return completed;
        }
    }

    /// <summary>Busy for a different short while per input, so completions keep arriving while episodes run.</summary>
    private sealed class Echo : Activity<int, int>
    {
        public override async Task<int> RunAsync(ActivityContext context, int input, CancellationToken cancellationToken)
        {
            await Task.Yield();
            Thread.SpinWait(50_000 * (input % 7));
            return input;
        }
    }
}
