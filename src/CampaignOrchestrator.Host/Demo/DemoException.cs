namespace CampaignOrchestrator.Host.Demo;

/// <summary>A demo step that cannot go on; the message says why.</summary>
internal sealed class DemoException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DemoException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why the demo stops.</param>
    public DemoException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why the demo stops.</param>
    /// <param name="innerException">The cause.</param>
    public DemoException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
