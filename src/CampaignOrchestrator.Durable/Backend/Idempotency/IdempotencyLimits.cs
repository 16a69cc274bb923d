using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace CampaignOrchestrator.Durable.Backend;

/// <summary>The key rule and result size every idempotency store enforces, so code that works on one backend works on the others.</summary>
public static class IdempotencyLimits
{
    /// <summary>The longest key, in characters.</summary>
    public const int MaxKeyLength = 512;

    /// <summary>The largest result: 1 MiB as UTF-8.</summary>
    public const int MaxResultBytes = 1024 * 1024;

    /// <summary>The key rule, as said in validation errors.</summary>
    public const string KeyRule = "An idempotency key has 1 to 512 characters and is not blank; keys are compared exactly, case included.";

    /// <summary>Throws when a key breaks <see cref="KeyRule"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="paramName">The argument the key came from.</param>
    /// <exception cref="ArgumentNullException">The key is null.</exception>
    /// <exception cref="ArgumentException">The key is blank or too long; the message states the rule.</exception>
    public static void ThrowIfInvalidKey([NotNull] string? key, string paramName)
    {
        ArgumentNullException.ThrowIfNull(key, paramName);
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength)
        {
            var shown = key.Length > 64 ? key[..64] + "…" : key;
            throw new ArgumentException($"'{shown}' ({key.Length} characters) is not a valid idempotency key. {KeyRule}", paramName);
        }
    }

    /// <summary>Throws when a result is longer than <see cref="MaxResultBytes"/> as UTF-8; a null result is valid.</summary>
    /// <param name="result">The result.</param>
    /// <param name="paramName">The argument the result came from.</param>
    /// <exception cref="ArgumentException">The result is too large.</exception>
    public static void ThrowIfResultTooLarge(string? result, string paramName)
    {
        if (result is null)
        {
            return;
        }

        var bytes = Encoding.UTF8.GetByteCount(result);
        if (bytes > MaxResultBytes)
        {
            throw new ArgumentException(
                $"The result is {bytes} bytes as UTF-8; the limit is {MaxResultBytes} bytes (1 MiB). Record what identifies the effect (such as the vendor's ids) and read the rest from the vendor.",
                paramName);
        }
    }
}
