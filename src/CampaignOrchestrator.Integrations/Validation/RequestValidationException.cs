namespace CampaignOrchestrator.Integrations.Validation;

/// <summary>A request was refused before sending because it breaks the vendor's documented rules.</summary>
public sealed class RequestValidationException : ArgumentException
{
    /// <summary>Creates the exception from the broken rules.</summary>
    /// <param name="failures">Every broken rule; at least one.</param>
    public RequestValidationException(IReadOnlyList<ValidationFailure> failures)
        : base(Describe(failures)) => Failures = failures;

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public RequestValidationException(string message)
        : base(message) => Failures = [];

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RequestValidationException(string message, Exception innerException)
        : base(message, innerException) => Failures = [];

    /// <summary>Creates an empty exception.</summary>
    public RequestValidationException()
        => Failures = [];

    /// <summary>Gets every broken rule.</summary>
    public IReadOnlyList<ValidationFailure> Failures { get; }

    /// <summary>Throws when <paramref name="failures"/> is not empty.</summary>
    /// <param name="failures">The broken rules found.</param>
    public static void ThrowIfAny(IReadOnlyList<ValidationFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (failures.Count > 0)
        {
            throw new RequestValidationException(failures);
        }
    }

    /// <summary>Throws when an id is not a positive integer.</summary>
    /// <param name="value">The id.</param>
    /// <param name="path">The JSON path of the id.</param>
    public static void ThrowIfNotPositive(long value, string path)
    {
        var failures = new ValidationFailureList();
        failures.RequirePositive(value, path);
        ThrowIfAny(failures);
    }

    private static string Describe(IReadOnlyList<ValidationFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        return "The request breaks the vendor's rules: " + string.Join("; ", failures);
    }
}
