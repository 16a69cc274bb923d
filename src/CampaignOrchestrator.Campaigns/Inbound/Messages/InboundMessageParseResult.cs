using System.Diagnostics.CodeAnalysis;
using CampaignOrchestrator.Integrations.Validation;

namespace CampaignOrchestrator.Campaigns.Inbound.Messages;

/// <summary>The outcome of reading an inbound message: the message, or every problem found, each at its JSON path.</summary>
public sealed class InboundMessageParseResult
{
    private InboundMessageParseResult(InboundMessage? message, IReadOnlyList<ValidationFailure> failures)
    {
        Message = message;
        Failures = failures;
    }

    /// <summary>Gets the message; <see langword="null"/> when invalid.</summary>
    public InboundMessage? Message { get; }

    /// <summary>Gets the problems; empty when valid.</summary>
    public IReadOnlyList<ValidationFailure> Failures { get; }

    /// <summary>Gets whether the message is valid.</summary>
    [MemberNotNullWhen(true, nameof(Message))]
    public bool IsValid => Message is not null;

    /// <summary>Creates a valid result.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The result.</returns>
    public static InboundMessageParseResult Success(InboundMessage message) =>
        new(message ?? throw new ArgumentNullException(nameof(message)), []);

    /// <summary>Creates an invalid result.</summary>
    /// <param name="failures">At least one problem.</param>
    /// <returns>The result.</returns>
    public static InboundMessageParseResult Failure(IReadOnlyList<ValidationFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        ArgumentOutOfRangeException.ThrowIfZero(failures.Count);
        return new(null, failures);
    }

    /// <summary>Says the problems in one line, for a poison message's reason or a log.</summary>
    /// <param name="max">The most problems listed; the rest are counted.</param>
    /// <returns>The summary, e.g. <c>$.responses[2].campaign: required; $.responses[5].answers: expected an array</c>.</returns>
    public string Describe(int max = 10)
    {
        var shown = string.Join("; ", Failures.Take(max));
        return Failures.Count > max ? $"{shown}; and {Failures.Count - max} more" : shown;
    }
}
