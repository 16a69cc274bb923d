namespace CampaignOrchestrator.Durable;

/// <summary>What went wrong in an activity, sub-orchestration or orchestration, in a form that survives storage.</summary>
/// <param name="ErrorType">The exception type's full name.</param>
/// <param name="Message">The exception message.</param>
/// <param name="StackTrace">The stack trace, when known.</param>
/// <param name="ErrorCode">An optional application error code (for example a vendor error id).</param>
/// <param name="IsTransient">Whether trying again may succeed; retry policies may use it.</param>
/// <param name="Inner">The inner failure, when there is one.</param>
public sealed record FailureDetails(
    string ErrorType,
    string Message,
    string? StackTrace = null,
    string? ErrorCode = null,
    bool IsTransient = false,
    FailureDetails? Inner = null)
{
    /// <summary>Captures an exception.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The details; a <see cref="IDurableFailure"/> supplies its error code and transience.</returns>
    public static FailureDetails FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is TaskFailedException { Failure: var failure })
        {
            return failure;
        }

        var described = exception as IDurableFailure;
        return new FailureDetails(
            exception.GetType().FullName ?? exception.GetType().Name,
            exception.Message,
            exception.StackTrace,
            described?.ErrorCode,
            described?.IsTransient ?? false,
            exception.InnerException is { } inner ? FromException(inner) : null);
    }

    /// <summary>Returns whether this failure (or an inner one) came from an exception of type <typeparamref name="TException"/>.</summary>
    /// <typeparam name="TException">The exception type.</typeparam>
    /// <returns><see langword="true"/> when the type matches.</returns>
    public bool IsCausedBy<TException>()
        where TException : Exception =>
        ErrorType == typeof(TException).FullName || Inner?.IsCausedBy<TException>() == true;

    /// <inheritdoc />
    public override string ToString() => $"{ErrorType}: {Message}";
}

/// <summary>Implemented by exceptions that know their error code and whether they are transient.</summary>
public interface IDurableFailure
{
    /// <summary>Gets an application error code, if any.</summary>
    string? ErrorCode { get; }

    /// <summary>Gets whether trying again may succeed.</summary>
    bool IsTransient { get; }
}
