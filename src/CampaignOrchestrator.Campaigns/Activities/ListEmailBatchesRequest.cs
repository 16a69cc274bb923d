namespace CampaignOrchestrator.Campaigns.Activities;

/// <summary>The input of <see cref="ListEmailBatchesActivity"/>.</summary>
/// <param name="SurveyId">The survey.</param>
/// <param name="NameContains">Only batches whose name contains this text (ordinal), such as a run's batch tag; all when <see langword="null"/>.</param>
public sealed record ListEmailBatchesRequest(long SurveyId, string? NameContains = null);

/// <summary>One email batch of a listing.</summary>
/// <param name="BatchId">The batch id.</param>
/// <param name="BatchName">The batch name.</param>
/// <param name="EmailCount">The number of emails.</param>
/// <param name="CreationDate">The vendor's creation time, as sent.</param>
public sealed record EmailBatchSummary(long BatchId, string? BatchName, int EmailCount, string? CreationDate);
