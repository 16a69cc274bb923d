using System.Text;

namespace CampaignOrchestrator.Durable.Backend;

/// <summary>
/// The limits every application queue backend enforces. They are Azure Storage queue limits, so a message accepted
/// by the embedded backend is accepted by Azure Storage too.
/// </summary>
public static class AppQueueLimits
{
    /// <summary>The largest body: 64 KiB as UTF-8, Azure Storage's limit for a message sent as plain text.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>The most messages one receive or peek returns, as on Azure Storage.</summary>
    public const int MaxMessagesPerReceive = 32;

    /// <summary>The longest visibility timeout or initial delay, as on Azure Storage.</summary>
    public static readonly TimeSpan MaxVisibilityTimeout = TimeSpan.FromDays(7);

    /// <summary>Throws when a body is null or longer than <see cref="MaxBodyBytes"/> as UTF-8.</summary>
    /// <param name="body">The body.</param>
    /// <exception cref="ArgumentException">The body is too large.</exception>
    public static void ThrowIfBodyTooLarge(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var bytes = Encoding.UTF8.GetByteCount(body);
        if (bytes > MaxBodyBytes)
        {
            throw new ArgumentException($"The message body is {bytes} bytes as UTF-8; the limit is {MaxBodyBytes} bytes (64 KiB).", nameof(body));
        }
    }

    /// <summary>Throws when a message count is outside 1 to <see cref="MaxMessagesPerReceive"/>.</summary>
    /// <param name="maxMessages">The count.</param>
    /// <exception cref="ArgumentOutOfRangeException">The count is out of range.</exception>
    public static void ThrowIfMessageCountOutOfRange(int maxMessages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, MaxMessagesPerReceive);
    }

    /// <summary>Throws when a visibility period is negative (or zero, unless allowed) or above <see cref="MaxVisibilityTimeout"/>.</summary>
    /// <param name="period">The timeout or delay.</param>
    /// <param name="allowZero">Whether zero is valid (a delay or an update may be zero; a receive's timeout may not).</param>
    /// <param name="paramName">The argument the period came from.</param>
    /// <exception cref="ArgumentOutOfRangeException">The period is out of range.</exception>
    public static void ThrowIfVisibilityOutOfRange(TimeSpan period, bool allowZero, string paramName)
    {
        if (period < TimeSpan.Zero || (!allowZero && period == TimeSpan.Zero) || period > MaxVisibilityTimeout)
        {
            var lowest = allowZero ? "zero" : "more than zero";
            throw new ArgumentOutOfRangeException(paramName, period, $"A visibility period must be {lowest} and at most {MaxVisibilityTimeout.TotalDays} days.");
        }
    }
}
