using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Integrations.QuestionPro.Micropanel;

namespace CampaignOrchestrator.Campaigns.Activities;

/// <summary>Reads a micropanel batch's status (<c>GET /micropanel/batches/{id}</c>); it has no per-recipient counters.</summary>
/// <param name="client">The QuestionPro micropanel client.</param>
public sealed class GetMicropanelBatchActivity(QuestionProMicropanelClient client) : Activity<MicropanelBatchRequest, MicropanelBatchStatus>
{
    /// <summary>The status text of a closed batch.</summary>
    public const string ClosedStatus = "Closed";

    private readonly QuestionProMicropanelClient _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <inheritdoc/>
    public override async Task<MicropanelBatchStatus> RunAsync(ActivityContext context, MicropanelBatchRequest input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var batch = await VendorFailureTranslator.RunAsync(() => _client.GetBatchAsync(input.BatchId, cancellationToken));
        var closed = string.Equals(batch.Status?.Trim(), ClosedStatus, StringComparison.OrdinalIgnoreCase);
        return new MicropanelBatchStatus(batch.Id == 0 ? input.BatchId : batch.Id, batch.Status, closed);
    }
}
