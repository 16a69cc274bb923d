using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;

namespace CampaignOrchestrator.Campaigns.Activities;

/// <summary>The input of <see cref="GetEmailBatchStatisticsActivity"/>.</summary>
/// <param name="SurveyId">The survey.</param>
/// <param name="BatchId">The batch.</param>
public sealed record EmailBatchStatisticsRequest(long SurveyId, long BatchId);

/// <summary>An email batch's counters at one moment.</summary>
/// <param name="BatchId">The batch.</param>
/// <param name="EmailCount">The number of emails in the batch.</param>
/// <param name="Statistics">The vendor's counters (all zero when it sent none).</param>
public sealed record EmailBatchStatisticsResult(long BatchId, int EmailCount, EmailBatchStatistics Statistics);
