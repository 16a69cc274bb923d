using Azure;

namespace CampaignOrchestrator.Durable.AzureStorage;

/// <summary>Classifies the service's error answers.</summary>
internal static class StorageErrors
{
    /// <summary>Tells whether the resource (message, entity, blob, queue) does not exist.</summary>
    /// <param name="error">The error.</param>
    /// <returns><see langword="true"/> for 404.</returns>
    public static bool IsNotFound(this RequestFailedException error) => error.Status == 404;

    /// <summary>Tells whether an insert found the entity already there (409).</summary>
    /// <param name="error">The error.</param>
    /// <returns><see langword="true"/> for 409.</returns>
    public static bool IsConflict(this RequestFailedException error) => error.Status == 409;

    /// <summary>Tells whether an ETag or lease condition failed (412, or 409 for a lease held by someone else).</summary>
    /// <param name="error">The error.</param>
    /// <returns><see langword="true"/> for 412.</returns>
    public static bool IsPreconditionFailed(this RequestFailedException error) => error.Status == 412;

    /// <summary>Tells whether a queue message call failed because the message is gone or the pop receipt is stale.</summary>
    /// <param name="error">The error.</param>
    /// <returns><see langword="true"/> for 404 and for 400 (a malformed or mismatched pop receipt).</returns>
    public static bool IsLostMessage(this RequestFailedException error) => error.Status is 404 or 400;
}
