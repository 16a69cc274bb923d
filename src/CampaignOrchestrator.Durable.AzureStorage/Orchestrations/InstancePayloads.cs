namespace CampaignOrchestrator.Durable.AzureStorage.Orchestrations;

/// <summary>
/// Puts values over the service limits in the payload container, gzip'd, under the instance's folder (so a purge
/// removes them together), and loads them back transparently.
/// </summary>
/// <param name="payloads">The payload container.</param>
internal sealed class InstancePayloads(PayloadStore payloads)
{
    /// <summary>Gets the payload container.</summary>
    public PayloadStore Store => payloads;

    /// <summary>Gives the folder of an instance's payloads.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <returns>The blob name prefix.</returns>
    public static string FolderOf(string instanceId) => $"instances/{instanceId}/";

    /// <summary>Keeps a value in a property when it fits, otherwise in a new blob.</summary>
    /// <param name="instanceId">The instance it belongs to.</param>
    /// <param name="kind">What it is (for the blob name).</param>
    /// <param name="text">The value.</param>
    /// <param name="limit">The most characters kept inline.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored value.</returns>
    public async Task<StoredText> StoreAsync(string instanceId, string kind, string? text, int limit, CancellationToken cancellationToken)
    {
        if (text is null || text.Length <= limit)
        {
            return new StoredText(text, null);
        }

        var blob = $"{FolderOf(instanceId)}{kind}-{Guid.NewGuid():N}";
        await payloads.WriteAsync(blob, text, cancellationToken);
        return new StoredText(null, blob);
    }

    /// <summary>Keeps a value in a table property when it fits.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="kind">What it is.</param>
    /// <param name="text">The value.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored value.</returns>
    public Task<StoredText> StorePropertyAsync(string instanceId, string kind, string? text, CancellationToken cancellationToken) =>
        StoreAsync(instanceId, kind, text, QueueLimits.MaxInlinePropertyChars, cancellationToken);

    /// <summary>Loads a stored value.</summary>
    /// <param name="stored">The stored value.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The value.</returns>
    public async Task<string?> LoadAsync(StoredText stored, CancellationToken cancellationToken) =>
        stored.Blob is { } blob ? await payloads.ReadAsync(blob, cancellationToken) : stored.Inline;
}
