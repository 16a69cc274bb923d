using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace CampaignOrchestrator.Benchmarks.Engine.AzureStorage;

/// <summary>Removes a scenario's task hub, so later scenarios find the emulator as lean as the first did.</summary>
internal static class TaskHubs
{
    /// <summary>Deletes every queue, table and container whose name derives from <paramref name="hub"/>.</summary>
    public static async Task DeleteAsync(string connectionString, string hub)
    {
        // Queue and container names are the lowercased hub and a suffix after '-'; table names the hub and a suffix.
        var prefix = hub.ToLowerInvariant() + "-";
        var queues = new QueueServiceClient(connectionString);
        await foreach (var queue in queues.GetQueuesAsync(prefix: prefix))
        {
            await queues.DeleteQueueAsync(queue.Name);
        }

        var blobs = new BlobServiceClient(connectionString);
        await foreach (var container in blobs.GetBlobContainersAsync(prefix: prefix))
        {
            await blobs.DeleteBlobContainerAsync(container.Name);
        }

        var tables = new TableServiceClient(connectionString);
        await foreach (var table in tables.QueryAsync())
        {
            if (table.Name.StartsWith(hub, StringComparison.OrdinalIgnoreCase))
            {
                await tables.DeleteTableAsync(table.Name);
            }
        }
    }
}
