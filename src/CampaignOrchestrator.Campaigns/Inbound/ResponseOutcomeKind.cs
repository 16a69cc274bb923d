namespace CampaignOrchestrator.Campaigns.Inbound;

/// <summary>The kinds of <see cref="ResponseOutcome"/>.</summary>
public enum ResponseOutcomeKind
{
    /// <summary>The target system holds the response now (recorded by this message, possibly by an earlier attempt of it).</summary>
    Recorded,

    /// <summary>The target refused it as a duplicate on the first attempt: it already held the same respondent's response.</summary>
    Duplicate,

    /// <summary>The target refused it for good (invalid, validation errors, survey closed, respondent terminated...).</summary>
    Rejected,

    /// <summary>It could not be recorded after every attempt, or whether it was recorded is unknown; the reason says which.</summary>
    Failed,
}
