using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;

namespace CampaignOrchestrator.Campaigns.Activities;

/// <summary>
/// Lists a survey's email batches, every page (<c>GET /surveys/{id}/batches</c>), optionally only those whose name
/// contains a text — for example a run's batch tag, to see what a run has sent.
/// </summary>
/// <param name="client">The QuestionPro email batch client.</param>
public sealed class ListEmailBatchesActivity(QuestionProEmailBatchClient client) : Activity<ListEmailBatchesRequest, IReadOnlyList<EmailBatchSummary>>
{
    private readonly QuestionProEmailBatchClient _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <inheritdoc/>
    public override Task<IReadOnlyList<EmailBatchSummary>> RunAsync(ActivityContext context, ListEmailBatchesRequest input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return VendorFailureTranslator.RunAsync(async () =>
        {
            var found = new List<EmailBatchSummary>();
            await foreach (var batch in EmailBatchFinder.ListAsync(_client, input.SurveyId, cancellationToken))
            {
                if (input.NameContains is null || batch.BatchName?.Contains(input.NameContains, StringComparison.Ordinal) == true)
                {
                    found.Add(new EmailBatchSummary(batch.EmailBatchId, batch.BatchName, batch.EmailCount, batch.CreationDate));
                }
            }

            return (IReadOnlyList<EmailBatchSummary>)found;
        });
    }
}
