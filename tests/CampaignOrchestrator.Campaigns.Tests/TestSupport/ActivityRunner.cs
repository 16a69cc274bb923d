using CampaignOrchestrator.Durable.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignOrchestrator.Campaigns.Tests.TestSupport;

/// <summary>Runs campaign activities directly, each resolved in its own scope as the worker does.</summary>
internal sealed class ActivityRunner(CampaignTestEnvironment env)
{
    private int _taskId;

    public async Task<TOutput> RunAsync<TActivity, TInput, TOutput>(TInput input)
        where TActivity : Activity<TInput, TOutput>
    {
        await using var scope = env.Host.Services.CreateAsyncScope();
        var activity = scope.ServiceProvider.GetRequiredService<TActivity>();
        var context = new ActivityContext(typeof(TActivity).Name, "activity-tests", Interlocked.Increment(ref _taskId), 1);
        return await activity.RunAsync(context, input, CancellationToken.None);
    }
}
