using System.Text;

namespace CampaignOrchestrator.Durable.AzureStorage;

/// <summary>
/// Maps an instance to its partition with FNV-1a over the id's UTF-8 bytes, as the Durable Task Framework does: the
/// same id lands in the same control queue in every process and every run (unlike <see cref="string.GetHashCode()"/>).
/// </summary>
public static class PartitionHash
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>Computes the 32-bit FNV-1a hash of a text's UTF-8 bytes.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The hash.</returns>
    public static uint Fnv1a(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = OffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * Prime);
        }

        return hash;
    }

    /// <summary>Gives an instance's partition.</summary>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="partitionCount">The hub's partition count.</param>
    /// <returns>From 0 to <paramref name="partitionCount"/> - 1.</returns>
    public static int PartitionOf(string instanceId, int partitionCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitionCount, 1);
        return (int)(Fnv1a(instanceId) % (uint)partitionCount);
    }
}
