using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Orchestrations;

public sealed class PurgeTests : OrchestrationStoreTestBase
{
    [Fact]
    public async Task PurgeAsync_OneFinishedInstance_DeletesItsStateHistoryMessagesAndActivities()
    {
        await CreateRunningAsync("other");
        await CreateFinishedAsync("done", RuntimeStatus.Completed);
        await Store.SendAsync(new InstanceMessage("done", Event("late")));
        await Database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = connection.CreateCommand(
                transaction,
                "INSERT INTO activity_queue (instance_id, task_id, name, visible_at) VALUES ('done', 0, 'Straggler', 0);");
            return await insert.ExecuteNonQueryAsync();
        });

        Assert.Equal(1, await Store.PurgeAsync(new PurgeFilter(InstanceId: "done")));

        Assert.Null(await Store.GetInstanceAsync("done", includeHistory: true));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM history WHERE instance_id = 'done';"));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM instance_messages WHERE instance_id = 'done';"));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM activity_queue WHERE instance_id = 'done';"));
        Assert.NotNull(await Store.GetInstanceAsync("other", includeHistory: false));
        Assert.Equal(0, await Store.PurgeAsync(new PurgeFilter(InstanceId: "done")));
    }

    [Fact]
    public async Task PurgeAsync_UnfinishedInstance_Kept()
    {
        await CreateRunningAsync("running");

        Assert.Equal(0, await Store.PurgeAsync(new PurgeFilter(InstanceId: "running")));

        Assert.NotNull(await Store.GetInstanceAsync("running", includeHistory: false));
    }

    [Fact]
    public async Task PurgeAsync_ByFilter_OnlyFinishedInRangeWithRequestedStatuses()
    {
        await CreateFinishedAsync("old-completed", RuntimeStatus.Completed);
        await CreateFinishedAsync("old-failed", RuntimeStatus.Failed);
        await CreateRunningAsync("old-running");
        Time.Advance(TimeSpan.FromDays(2));
        await CreateFinishedAsync("new-completed", RuntimeStatus.Completed);

        var purged = await Store.PurgeAsync(new PurgeFilter(
            CreatedTo: Start.AddDays(1),
            Statuses: [RuntimeStatus.Completed, RuntimeStatus.Running]));

        Assert.Equal(1, purged);
        var left = (await Store.QueryInstancesAsync(new InstanceQuery())).Instances.Select(i => i.InstanceId);
        Assert.Equal(["old-failed", "old-running", "new-completed"], left);
        Assert.Equal(2, await Store.PurgeAsync(new PurgeFilter()));
        Assert.Equal(["old-running"], (await Store.QueryInstancesAsync(new InstanceQuery())).Instances.Select(i => i.InstanceId));
    }

    [Fact]
    public async Task PurgeAsync_MoreThanOneBatch_DeletesAll()
    {
        var total = SqliteOrchestrationStore.PurgeBatchSize + 20;
        await Database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var insert = connection.CreateCommand(
                    transaction,
                    """
                    INSERT INTO instances (instance_id, name, execution_id, status, created_at, last_updated_at)
                    VALUES ($id, 'Campaign', 'e', 'Completed', 0, 0);
                    INSERT INTO history (instance_id, seq, event) VALUES ($id, 0, '{}');
                    """,
                    ("$id", string.Empty));
                for (var i = 0; i < total; i++)
                {
                    insert.Parameters["$id"].Value = $"bulk-{i}";
                    await insert.ExecuteNonQueryAsync();
                }

                return true;
            });

        Assert.Equal(total, await Store.PurgeAsync(new PurgeFilter()));

        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM instances;"));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM history;"));
    }

    [Fact]
    public async Task PurgeAsync_KeepsDeadLetters()
    {
        await CreateRunningAsync("poisoned");
        await Store.SendAsync(new InstanceMessage("poisoned", Event("bad")));
        var item = await LockAsync();
        await Store.CommitOrchestrationAsync(item, new EpisodeCommit([], RuntimeStatus.Failed, null, null, new FailureDetails("PoisonMessage", "bad"), [], DeadLetterReason: "bad"));

        Assert.Equal(1, await Store.PurgeAsync(new PurgeFilter(InstanceId: "poisoned")));

        Assert.IsType<EventRaised>(OrchestrationJson.DeserializeEvent(Assert.Single(await Store.ListDeadLettersAsync("poisoned")).Payload));
    }
}
