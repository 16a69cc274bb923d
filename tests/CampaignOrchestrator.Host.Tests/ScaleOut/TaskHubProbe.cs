using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Host.Tests.ScaleOut;

/// <summary>
/// Reads a task hub straight from storage, as an operator would with Storage Explorer: the History table's event rows
/// (each naming the worker that committed it) and sentinels, and the owners of the partition lease blobs. It depends on
/// the layout documented in <c>docs/azure-storage.md</c>, not on the backend's code.
/// </summary>
/// <param name="connectionString">The account.</param>
/// <param name="hubName">The task hub.</param>
internal sealed class TaskHubProbe(string connectionString, string hubName)
{
    private const string SentinelKey = "sentinel";

    private readonly TableClient _history = new TableServiceClient(connectionString).GetTableClient(hubName + "History");
    private readonly BlobServiceClient _blobs = new(connectionString);

    /// <summary>Reads every history row of the instances whose ids start with one of the prefixes.</summary>
    /// <param name="instanceIdPrefixes">The prefixes.</param>
    /// <returns>The rows and sentinels, by instance.</returns>
    public async Task<IReadOnlyDictionary<string, InstanceHistory>> ReadHistoriesAsync(params string[] instanceIdPrefixes)
    {
        var histories = new Dictionary<string, InstanceHistory>(StringComparer.Ordinal);
        foreach (var prefix in instanceIdPrefixes)
        {
            // Partition keys from the prefix up to (not including) the prefix with its last character's successor.
            var upper = prefix[..^1] + (char)(prefix[^1] + 1);
            var filter = TableClient.CreateQueryFilter($"PartitionKey ge {prefix} and PartitionKey lt {upper}");
            await foreach (var row in _history.QueryAsync<TableEntity>(filter))
            {
                if (!histories.TryGetValue(row.PartitionKey, out var history))
                {
                    histories[row.PartitionKey] = history = new InstanceHistory(row.PartitionKey);
                }

                if (row.RowKey == SentinelKey)
                {
                    history.Sentinel = new SentinelRow(row.GetString("ExecutionId"), row.GetInt64("NextSeq") ?? 0);
                }
                else
                {
                    history.Rows.Add(await ToEventRowAsync(row));
                }
            }
        }

        foreach (var history in histories.Values)
        {
            history.Rows.Sort((left, right) => string.CompareOrdinal(left.RowKey, right.RowKey));
        }

        return histories;
    }

    /// <summary>Reads who holds each partition's lease now (the owner named in the leased blob's metadata).</summary>
    /// <returns>The owner of each leased partition, by partition; free or expired partitions are absent.</returns>
    public async Task<IReadOnlyDictionary<int, string>> ReadPartitionOwnersAsync()
    {
        var owners = new Dictionary<int, string>();
        var container = _blobs.GetBlobContainerClient(hubName.ToLowerInvariant() + "-leases");
        if (!await container.ExistsAsync())
        {
            return owners;
        }

        await foreach (var blob in container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix: null, CancellationToken.None))
        {
            // Blobs are named after the control queues: <hub>-control-NN.
            if (blob.Properties.LeaseState == LeaseState.Leased && blob.Metadata.TryGetValue("owner", out var owner))
            {
                owners[int.Parse(blob.Name[^2..], CultureInfo.InvariantCulture)] = owner;
            }
        }

        return owners;
    }

    private async Task<EventRow> ToEventRowAsync(TableEntity row)
    {
        var json = row.GetString("Event");
        if (json is null && row.GetString("EventBlob") is { } blob)
        {
            json = await ReadPayloadAsync(blob);
        }

        var historyEvent = JsonSerializer.Deserialize<HistoryEvent>(json ?? "null", DataConverter.Options)
            ?? throw new InvalidOperationException($"History row {row.PartitionKey}/{row.RowKey} holds no event.");
        return new EventRow(row.RowKey, row.GetString("ExecutionId"), row.GetString("WorkerId"), historyEvent);
    }

    private async Task<string> ReadPayloadAsync(string name)
    {
        var container = _blobs.GetBlobContainerClient(hubName.ToLowerInvariant() + "-largemessages");
        var download = await container.GetBlobClient(name).DownloadStreamingAsync();
        await using var gzip = new GZipStream(download.Value.Content, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}

/// <summary>One instance's rows in the History table.</summary>
/// <param name="InstanceId">The instance.</param>
internal sealed record InstanceHistory(string InstanceId)
{
    /// <summary>Gets the event rows, in row key order.</summary>
    public List<EventRow> Rows { get; } = [];

    /// <summary>Gets or sets the sentinel, when the instance has one.</summary>
    public SentinelRow? Sentinel { get; set; }
}

/// <summary>An event row of the History table.</summary>
/// <param name="RowKey">Execution id, <c>-</c> and the 8-digit hex sequence number.</param>
/// <param name="ExecutionId">The execution.</param>
/// <param name="WorkerId">The worker that committed the row's episode.</param>
/// <param name="Event">The event.</param>
internal sealed record EventRow(string RowKey, string? ExecutionId, string? WorkerId, HistoryEvent Event)
{
    /// <summary>Gets the sequence number from the row key.</summary>
    public long Sequence => long.Parse(RowKey[(RowKey.LastIndexOf('-') + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}

/// <summary>An instance's history sentinel.</summary>
/// <param name="ExecutionId">The current execution.</param>
/// <param name="NextSeq">The next event's sequence number, i.e. how many rows the execution has.</param>
internal sealed record SentinelRow(string? ExecutionId, long NextSeq);
