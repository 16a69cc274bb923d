using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace CampaignOrchestrator.Integrations.Http;

/// <summary>
/// The process-wide set of call limiters, one per vendor credential, so every client and every parallel caller that
/// uses one API key shares that key's budget.
/// </summary>
/// <param name="timeProvider">The clock the limiters run on.</param>
public sealed class CallLimiterRegistry(TimeProvider timeProvider) : IDisposable
{
    private readonly ConcurrentDictionary<string, SlidingWindowCallLimiter> _limiters = new(StringComparer.Ordinal);

    /// <summary>Gets the limiter for a credential, creating it with <paramref name="options"/> on first use.</summary>
    /// <param name="vendor">The vendor name, e.g. <c>questionpro</c>.</param>
    /// <param name="credential">The API key or write key; only a hash of it is kept.</param>
    /// <param name="options">The budget to use when the limiter is created.</param>
    /// <returns>The shared limiter.</returns>
    public SlidingWindowCallLimiter GetLimiter(string vendor, string credential, CallRateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return _limiters.GetOrAdd(
            $"{vendor}:{Fingerprint(credential)}",
            static (_, state) => new SlidingWindowCallLimiter(state.options.PermitLimit, state.options.Window, state.timeProvider),
            (options, timeProvider));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }

        _limiters.Clear();
    }

    // The key itself is never held as a dictionary key, so a heap dump or a debugger view of the registry shows no secret.
    private static string Fingerprint(string credential) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(credential)), 0, 12);
}
