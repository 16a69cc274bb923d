using CampaignOrchestrator.Durable.Activities;

namespace CampaignOrchestrator.Durable.Conformance.Workflows;

/// <summary>Returns its input.</summary>
public sealed class Echo : Activity<string, string>
{
    /// <inheritdoc />
    public override Task<string> RunAsync(ActivityContext context, string input, CancellationToken cancellationToken) => Task.FromResult(input);
}

/// <summary>Adds one.</summary>
public sealed class Increment : Activity<int, int>
{
    /// <inheritdoc />
    public override Task<int> RunAsync(ActivityContext context, int input, CancellationToken cancellationToken) => Task.FromResult(input + 1);
}

/// <summary>Counts its executions per idempotency key and fails the first <see cref="FlakyInput.Failures"/> of them.</summary>
/// <param name="attempts">Counts attempts across executions.</param>
public sealed class Flaky(AttemptCounter attempts) : Activity<FlakyInput, string>
{
    /// <inheritdoc />
    public override Task<string> RunAsync(ActivityContext context, FlakyInput input, CancellationToken cancellationToken)
    {
        var attempt = attempts.Next(context.InstanceId);
        if (attempt <= input.Failures)
        {
            throw new VendorHiccupException($"attempt {attempt} failed");
        }

        return Task.FromResult($"succeeded on attempt {attempt}");
    }
}

/// <summary>Input of <see cref="Flaky"/>.</summary>
/// <param name="Failures">How many attempts fail before one succeeds.</param>
public sealed record FlakyInput(int Failures);

/// <summary>A transient failure with an error code, as a vendor client would throw.</summary>
public sealed class VendorHiccupException : Exception, IDurableFailure
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public VendorHiccupException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public VendorHiccupException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public VendorHiccupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public string? ErrorCode => "E503";

    /// <inheritdoc />
    public bool IsTransient => true;
}
