using System.Diagnostics.CodeAnalysis;
using System.Text;
using CampaignOrchestrator.Durable.Backend;

namespace CampaignOrchestrator.Host.Queues;

/// <summary>
/// How message bodies are stored on a queue (<c>Queues:MessageEncoding</c>): <see cref="Base64"/> of the UTF-8 text,
/// as Azure Functions and the Azure Storage SDKs write them by default, or <see cref="None"/> (the text as is).
/// Producers encode with it and the listener decodes with it, so both sides always agree.
/// </summary>
public sealed class QueueMessageEncoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private QueueMessageEncoding(string name, int maxBodyBytes)
    {
        Name = name;
        MaxBodyBytes = maxBodyBytes;
    }

    /// <summary>Gets base64 of the UTF-8 bytes (the default).</summary>
    public static QueueMessageEncoding Base64 { get; } = new("base64", AppQueueLimits.MaxBodyBytes / 4 * 3);

    /// <summary>Gets plain text.</summary>
    public static QueueMessageEncoding None { get; } = new("none", AppQueueLimits.MaxBodyBytes);

    /// <summary>Gets the name used in configuration: <c>base64</c> or <c>none</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the largest body, in UTF-8 bytes before encoding, that fits in a queue message (48 KiB for base64, 64 KiB for none).</summary>
    public int MaxBodyBytes { get; }

    /// <summary>Finds an encoding by its configuration name, ignoring case.</summary>
    /// <param name="name">The name.</param>
    /// <param name="encoding">The encoding found.</param>
    /// <returns><see langword="true"/> for <c>base64</c> and <c>none</c>.</returns>
    public static bool TryParse(string? name, [NotNullWhen(true)] out QueueMessageEncoding? encoding)
    {
        encoding = string.Equals(name, Base64.Name, StringComparison.OrdinalIgnoreCase) ? Base64
            : string.Equals(name, None.Name, StringComparison.OrdinalIgnoreCase) ? None
            : null;
        return encoding is not null;
    }

    /// <summary>Encodes a body for the queue.</summary>
    /// <param name="body">The text.</param>
    /// <returns>The text to store.</returns>
    /// <exception cref="ArgumentException">The body is longer than <see cref="MaxBodyBytes"/> as UTF-8.</exception>
    public string Encode(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var bytes = Encoding.UTF8.GetByteCount(body);
        if (bytes > MaxBodyBytes)
        {
            throw new ArgumentException(
                $"The message body is {bytes} bytes as UTF-8; with message encoding '{Name}' the limit is {MaxBodyBytes} bytes.", nameof(body));
        }

        return this == Base64 ? Convert.ToBase64String(Encoding.UTF8.GetBytes(body)) : body;
    }

    /// <summary>Decodes a stored body.</summary>
    /// <param name="stored">The text as stored on the queue.</param>
    /// <param name="body">The decoded text.</param>
    /// <param name="error">Why the stored text cannot be decoded, for the poison reason.</param>
    /// <returns><see langword="false"/> when the text is not valid base64, or its bytes are not valid UTF-8.</returns>
    public bool TryDecode(string stored, [NotNullWhen(true)] out string? body, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(stored);
        body = null;
        error = null;
        if (this == None)
        {
            body = stored;
            return true;
        }

        if (!System.Buffers.Text.Base64.IsValid(stored))
        {
            error = "The message is not valid base64, which Queues:MessageEncoding 'base64' requires.";
            return false;
        }

        try
        {
            body = StrictUtf8.GetString(Convert.FromBase64String(stored));
            return true;
        }
        catch (DecoderFallbackException)
        {
            error = "The message is valid base64, but its bytes are not valid UTF-8 text.";
            return false;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
