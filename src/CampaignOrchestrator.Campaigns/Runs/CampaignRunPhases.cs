namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>The <c>phase</c> values of a run's custom status.</summary>
public static class CampaignRunPhases
{
    /// <summary>Checking that the survey is open.</summary>
    public const string Preflight = "preflight";

    /// <summary>Waiting for the <c>approve</c> or <c>reject</c> event, or the approval timeout.</summary>
    public const string AwaitingApproval = "awaiting-approval";

    /// <summary>Sending due waves or the micropanel batch.</summary>
    public const string Sending = "sending";

    /// <summary>Waiting for the next poll, wave or deadline.</summary>
    public const string Monitoring = "monitoring";

    /// <summary>Waiting for the <c>resolve</c> event about an ambiguous send.</summary>
    public const string AwaitingOperator = "awaiting-operator";

    /// <summary>Ended; the output holds the report.</summary>
    public const string Completed = "completed";
}
