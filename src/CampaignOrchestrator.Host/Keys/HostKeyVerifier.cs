using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Keys;

/// <summary>
/// Checks a presented key against the master key in constant time: both are hashed to digests of equal length first,
/// so neither the time taken nor an early length mismatch tells a caller how close a guess was.
/// </summary>
internal sealed class HostKeyVerifier
{
    private readonly byte[] _masterDigest;

    /// <summary>Creates the verifier.</summary>
    /// <param name="options">The keys.</param>
    public HostKeyVerifier(IOptions<HostKeyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _masterDigest = Digest(options.Value.Master ?? throw new InvalidOperationException("Host:Keys:Master is required."));
    }

    /// <summary>Returns whether a presented key is the master key.</summary>
    /// <param name="presented">The key from the request.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public bool IsMaster(string presented) => CryptographicOperations.FixedTimeEquals(Digest(presented), _masterDigest);

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
