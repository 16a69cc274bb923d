using System.Diagnostics.CodeAnalysis;

namespace CampaignOrchestrator.Durable.AzureStorage.AppQueues;

/// <summary>The pop receipts the application queue store hands out: the service's message id and pop receipt joined.</summary>
internal static class AzurePopReceipt
{
    private const char Separator = '|';

    /// <summary>Joins a message id and the service's pop receipt.</summary>
    /// <param name="serverMessageId">The service's message id.</param>
    /// <param name="popReceipt">The service's pop receipt.</param>
    /// <returns>The receipt.</returns>
    public static string Join(string serverMessageId, string popReceipt) => serverMessageId + Separator + popReceipt;

    /// <summary>Splits a receipt made by <see cref="Join"/>.</summary>
    /// <param name="receipt">The receipt.</param>
    /// <param name="serverMessageId">The service's message id.</param>
    /// <param name="popReceipt">The service's pop receipt.</param>
    /// <returns><see langword="false"/> for a receipt this store did not make.</returns>
    public static bool TrySplit(string? receipt, [NotNullWhen(true)] out string? serverMessageId, [NotNullWhen(true)] out string? popReceipt)
    {
        var separator = receipt?.IndexOf(Separator, StringComparison.Ordinal) ?? -1;
        if (separator <= 0 || separator == receipt!.Length - 1)
        {
            serverMessageId = null;
            popReceipt = null;
            return false;
        }

        serverMessageId = receipt[..separator];
        popReceipt = receipt[(separator + 1)..];
        return true;
    }
}
