namespace CampaignOrchestrator.Integrations.SatisMeter;

/// <summary>What happened to a response sent to SatisMeter.</summary>
public enum InsertResponseOutcome
{
    /// <summary>SatisMeter stored the response.</summary>
    Recorded,

    /// <summary>SatisMeter refused it as a duplicate (a recent response by the same user, or traits outside the targeting).</summary>
    Duplicate,

    /// <summary>SatisMeter refused it for good (another 4xx); sending it again will not help.</summary>
    Rejected,

    /// <summary>It failed in a way that may pass (429, 5xx, network, timeout); see the effect before sending again.</summary>
    TransientFailure,
}
