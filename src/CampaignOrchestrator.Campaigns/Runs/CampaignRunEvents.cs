using CampaignOrchestrator.Campaigns.Definitions;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>The external events a campaign run listens to (raise them on the run's instance id; names are case-insensitive).</summary>
public static class CampaignRunEvents
{
    /// <summary>Approves a run waiting in <c>awaiting-approval</c>; any payload (e.g. <c>{"by":"jane"}</c>).</summary>
    public const string Approve = ApprovalGate.ApproveEventName;

    /// <summary>Rejects a run waiting in <c>awaiting-approval</c>: it ends without sending; any payload (e.g. <c>{"by":"jane","reason":"..."}</c>).</summary>
    public const string Reject = ApprovalGate.RejectEventName;

    /// <summary>Ends the run at any time after a last poll; optional payload <c>{"reason":"..."}</c>.</summary>
    public const string Stop = "stop";

    /// <summary>
    /// Settles an ambiguous send a run waits on in <c>awaiting-operator</c>:
    /// <c>{"action":"resend"|"skip"|"use","batchId":123,"operationKey":"..."}</c> (see <see cref="OperatorResolution"/>).
    /// </summary>
    public const string Resolve = "resolve";
}
