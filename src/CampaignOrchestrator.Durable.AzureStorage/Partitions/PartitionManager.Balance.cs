using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace CampaignOrchestrator.Durable.AzureStorage.Partitions;

/// <summary>Taking free partitions and stealing from overloaded owners.</summary>
internal sealed partial class PartitionManager
{
    private async Task BalanceAsync(CancellationToken cancellationToken)
    {
        var states = await ReadStatesAsync(cancellationToken);
        var owners = states.Where(state => state.Owner is not null).Select(state => state.Owner!).Append(_workerId).Distinct().ToList();
        var share = (int)Math.Ceiling(_partitionBlobs.Count / (double)owners.Count);
        foreach (var free in states.Where(state => state.Owner is null))
        {
            if (_owned.Count >= share)
            {
                return;
            }

            await TryAcquireAsync(free.Partition, steal: false, cancellationToken);
        }

        if (_owned.Count >= share)
        {
            return;
        }

        // Nothing free: take one partition from the busiest owner above its share (one per cycle, so owners settle).
        var busiest = states.Where(state => state.Owner is not null && state.Owner != _workerId)
            .GroupBy(state => state.Owner)
            .Where(group => group.Count() > share)
            .OrderByDescending(group => group.Count())
            .FirstOrDefault();
        if (busiest is not null)
        {
            await TryAcquireAsync(busiest.First().Partition, steal: true, cancellationToken);
        }
    }

    private async Task<List<PartitionState>> ReadStatesAsync(CancellationToken cancellationToken)
    {
        var states = new List<PartitionState>();
        var blobs = new Dictionary<string, BlobItem>(StringComparer.Ordinal);
        await foreach (var blob in _container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix: null, cancellationToken))
        {
            blobs[blob.Name] = blob;
        }

        for (var partition = 0; partition < _partitionBlobs.Count; partition++)
        {
            string? owner = null;
            if (_owned.ContainsKey(partition))
            {
                owner = _workerId;
            }
            else if (blobs.TryGetValue(_partitionBlobs[partition], out var blob) && blob.Properties.LeaseState == LeaseState.Leased)
            {
                owner = blob.Metadata.TryGetValue(OwnerMetadata, out var named) ? named : "unknown";
            }

            states.Add(new PartitionState(partition, owner));
        }

        return states;
    }

    private async Task TryAcquireAsync(int partition, bool steal, CancellationToken cancellationToken)
    {
        var blob = _container.GetBlobClient(_partitionBlobs[partition]);
        try
        {
            await blob.UploadAsync(BinaryData.Empty, new Azure.Storage.Blobs.Models.BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken);
        }
        catch (RequestFailedException error) when (error.Status is 409 or 412)
        {
            // The blob exists (and may be leased): that is the normal case.
        }

        var lease = blob.GetBlobLeaseClient(Guid.NewGuid().ToString());
        try
        {
            if (steal)
            {
                await blob.GetBlobLeaseClient().BreakAsync(TimeSpan.Zero, cancellationToken: cancellationToken);
            }

            await lease.AcquireAsync(_leaseDuration, cancellationToken: cancellationToken);
            await blob.SetMetadataAsync(new Dictionary<string, string> { [OwnerMetadata] = _workerId }, new BlobRequestConditions { LeaseId = lease.LeaseId }, cancellationToken);
            _owned[partition] = lease;
            Logs.PartitionAcquired(_logger, partition, _workerId, steal);
        }
        catch (RequestFailedException error) when (error.Status is 409 or 412)
        {
            // Another process took it first.
        }
    }

    private sealed record PartitionState(int Partition, string? Owner);
}
