namespace CampaignOrchestrator.Durable.Replay;

/// <summary>The orchestration code did not do on replay what its history says it did: its code changed, or it is not deterministic.</summary>
public sealed class NonDeterminismException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was expected and what happened.</param>
    public NonDeterminismException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public NonDeterminismException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public NonDeterminismException()
        : this("The orchestration is not deterministic.")
    {
    }
}
