using System.IO.Compression;
using System.Text;
using Azure;
using Azure.Storage.Blobs;

namespace CampaignOrchestrator.Durable.AzureStorage;

/// <summary>Payloads too large for a queue message or a table property, gzip'd in the hub's payload container.</summary>
/// <param name="container">The container.</param>
internal sealed class PayloadStore(BlobContainerClient container)
{
    /// <summary>Stores a payload under a name.</summary>
    /// <param name="name">The blob name.</param>
    /// <param name="text">The payload.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when stored.</returns>
    public async Task WriteAsync(string name, string text, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        }

        buffer.Position = 0;
        await container.GetBlobClient(name).UploadAsync(buffer, overwrite: true, cancellationToken);
    }

    /// <summary>Loads a payload.</summary>
    /// <param name="name">The blob name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The payload.</returns>
    public async Task<string> ReadAsync(string name, CancellationToken cancellationToken)
    {
        var download = await container.GetBlobClient(name).DownloadStreamingAsync(cancellationToken: cancellationToken);
        await using var gzip = new GZipStream(download.Value.Content, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    /// <summary>Deletes every payload whose name starts with a prefix.</summary>
    /// <param name="prefix">The prefix (for example an instance's folder).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when deleted.</returns>
    public async Task DeleteFolderAsync(string prefix, CancellationToken cancellationToken)
    {
        await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, prefix, cancellationToken))
        {
            await DeleteAsync(blob.Name, cancellationToken);
        }
    }

    /// <summary>Deletes a payload if it exists.</summary>
    /// <param name="name">The blob name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when deleted.</returns>
    public async Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            await container.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException error) when (error.IsNotFound())
        {
            // Deleted concurrently: the goal is reached.
        }
    }
}
