using CampaignOrchestrator.Campaigns.Definitions;

namespace CampaignOrchestrator.Campaigns.Activities;

/// <summary>The input of <see cref="CreateMicropanelBatchActivity"/>.</summary>
/// <param name="OperationKey">The idempotency key of this send: the same for every attempt of it, different from every other send.</param>
/// <param name="SurveyId">The campaign's survey.</param>
/// <param name="Batch">The micropanel definition, whose request mapping builds the request.</param>
public sealed record CreateMicropanelBatchInput(string OperationKey, long SurveyId, MicropanelBatchDefinition Batch);

/// <summary>A micropanel batch that was created (or that an operator said was).</summary>
/// <param name="BatchId">The vendor's <c>campaignBatchID</c>.</param>
/// <param name="Message">The vendor's message, or how the id was learnt.</param>
public sealed record MicropanelBatchSent(long BatchId, string? Message);
