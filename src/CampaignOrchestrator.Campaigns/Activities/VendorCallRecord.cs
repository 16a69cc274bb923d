namespace CampaignOrchestrator.Campaigns.Activities;

/// <summary>The input of <see cref="ForgetVendorCallActivity"/>.</summary>
/// <param name="OperationKey">The idempotency key of the call.</param>
public sealed record VendorCallKey(string OperationKey);

/// <summary>The input of <see cref="RecordVendorCallActivity"/>.</summary>
/// <param name="OperationKey">The idempotency key of the call.</param>
/// <param name="ResultJson">The call's result as the activity that makes it would have recorded it (JSON).</param>
public sealed record VendorCallResult(string OperationKey, string? ResultJson);
