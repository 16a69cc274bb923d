using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;

namespace CampaignOrchestrator.Campaigns.Activities;

/// <summary>Reads an email batch's statistics (<c>GET /surveys/{id}/batches/{batchId}</c>).</summary>
/// <param name="client">The QuestionPro email batch client.</param>
public sealed class GetEmailBatchStatisticsActivity(QuestionProEmailBatchClient client) : Activity<EmailBatchStatisticsRequest, EmailBatchStatisticsResult>
{
    private readonly QuestionProEmailBatchClient _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <inheritdoc/>
    public override async Task<EmailBatchStatisticsResult> RunAsync(ActivityContext context, EmailBatchStatisticsRequest input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var batch = await VendorFailureTranslator.RunAsync(() => _client.GetAsync(input.SurveyId, input.BatchId, cancellationToken));
        return new EmailBatchStatisticsResult(batch.EmailBatchId, batch.EmailCount, batch.EmailBatchStatistics ?? new EmailBatchStatistics());
    }
}
