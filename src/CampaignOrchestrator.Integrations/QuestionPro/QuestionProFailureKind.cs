namespace CampaignOrchestrator.Integrations.QuestionPro;

/// <summary>How a QuestionPro call failed.</summary>
public enum QuestionProFailureKind
{
    /// <summary>QuestionPro answered with an error (an envelope, or at least an error status).</summary>
    VendorError,

    /// <summary>QuestionPro answered successfully, but the body could not be read.</summary>
    UnreadableResponse,

    /// <summary>The network failed (connection refused or lost).</summary>
    Network,

    /// <summary>No answer arrived in time.</summary>
    Timeout,
}
