using System.Globalization;
using CampaignOrchestrator.Durable.Backend;

namespace CampaignOrchestrator.Durable.Activities;

/// <summary>
/// Thrown when an earlier attempt of a call may have taken effect and nothing settled it. The call was not made again;
/// an operator must check with the vendor, then record the result found (<see cref="IIdempotencyStore.CompleteAsync"/>)
/// or decide to resend (<see cref="IIdempotencyStore.ForgetAsync"/>). Not transient: retrying cannot settle it.
/// </summary>
public sealed class AmbiguousEffectException : Exception, IDurableFailure
{
    /// <summary>The <see cref="ErrorCode"/> of every instance, as seen in <see cref="FailureDetails.ErrorCode"/>.</summary>
    public const string Code = "AmbiguousEffect";

    /// <summary>Creates the exception for an ambiguous record.</summary>
    /// <param name="record">The record <see cref="IIdempotencyStore.BeginAsync"/> answered with.</param>
    public AmbiguousEffectException(IdempotencyRecord record)
        : base(Describe(record))
    {
        Key = record.Key;
        Attempts = record.Attempts;
        StartedAt = record.StartedAt;
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public AmbiguousEffectException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public AmbiguousEffectException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Key = string.Empty;
    }

    /// <summary>Creates the exception with a default message.</summary>
    public AmbiguousEffectException()
        : this("An earlier attempt of a call may have taken effect; an operator must decide whether to resend.")
    {
    }

    /// <summary>Gets the call's idempotency key.</summary>
    public string Key { get; }

    /// <summary>Gets how many attempts may have reached the call, this one included.</summary>
    public int Attempts { get; }

    /// <summary>Gets when the first attempt began.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <inheritdoc/>
    public string? ErrorCode => Code;

    /// <inheritdoc/>
    public bool IsTransient => false;

    private static string Describe(IdempotencyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"The call with idempotency key '{record.Key}' may already have taken effect: an earlier attempt began it at {record.StartedAt:O} and its outcome was never recorded (this is attempt {record.Attempts}). It was not made again. An operator must check with the vendor, then record the result found or forget the key to resend.");
    }
}
