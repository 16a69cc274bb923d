using CampaignOrchestrator.Campaigns.Definitions;

namespace CampaignOrchestrator.Campaigns.Activities;

/// <summary>The input of <see cref="CreateEmailBatchActivity"/>.</summary>
/// <param name="OperationKey">The idempotency key of this send: the same for every attempt of it, different from every other send.</param>
/// <param name="SurveyId">The survey.</param>
/// <param name="BatchName">The batch name sent to QuestionPro; it contains <paramref name="BatchTag"/>.</param>
/// <param name="BatchTag">A text unique to this send, by which an ambiguous earlier attempt is found among the survey's batches.</param>
/// <param name="Wave">The wave, whose request mapping builds the request.</param>
public sealed record CreateEmailBatchInput(string OperationKey, long SurveyId, string BatchName, string BatchTag, EmailWave Wave);

/// <summary>The email batch a wave created.</summary>
/// <param name="BatchId">The batch id.</param>
/// <param name="BatchName">The batch name.</param>
/// <param name="EmailCount">The number of emails in the batch.</param>
/// <param name="CreationDate">The vendor's creation time, as sent.</param>
/// <param name="Reconciled">Whether an ambiguous earlier attempt was found at the vendor instead of being sent again.</param>
public sealed record EmailBatchCreated(long BatchId, string? BatchName, int EmailCount, string? CreationDate, bool Reconciled);
