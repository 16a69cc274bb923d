using CampaignOrchestrator.Campaigns.Definitions;

namespace CampaignOrchestrator.Campaigns.Activities;

/// <summary>The input of <see cref="SendEmailReminderActivity"/>.</summary>
/// <param name="OperationKey">The idempotency key of this reminder: the same for every attempt of it, different from every other send.</param>
/// <param name="SurveyId">The survey.</param>
/// <param name="BatchId">The wave's batch.</param>
/// <param name="EmailListId">The wave's list (QuestionPro requires the batch's own list).</param>
/// <param name="Reminder">The reminder, whose request mapping builds the request.</param>
public sealed record SendEmailReminderInput(string OperationKey, long SurveyId, long BatchId, long EmailListId, EmailReminder Reminder);

/// <summary>A reminder that was sent.</summary>
/// <param name="BatchId">The batch sent again.</param>
/// <param name="EmailCount">The number of emails in the batch.</param>
public sealed record EmailReminderSent(long BatchId, int EmailCount);
