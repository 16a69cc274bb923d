using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Integrations.QuestionPro.Micropanel;

namespace CampaignOrchestrator.Campaigns.Activities;

/// <summary>
/// Creates the micropanel batch (<c>POST /micropanel/batches</c>), which invites its members, at most once per
/// <see cref="CreateMicropanelBatchInput.OperationKey"/>. QuestionPro cannot list micropanel batches, so an earlier,
/// ambiguous attempt fails with <see cref="AmbiguousEffectException"/> and an operator decides.
/// </summary>
/// <param name="client">The QuestionPro micropanel client.</param>
/// <param name="guard">Records the call before and after it is made.</param>
public sealed class CreateMicropanelBatchActivity(QuestionProMicropanelClient client, EffectGuard guard) : Activity<CreateMicropanelBatchInput, MicropanelBatchSent>
{
    private readonly QuestionProMicropanelClient _client = client ?? throw new ArgumentNullException(nameof(client));
    private readonly EffectGuard _guard = guard ?? throw new ArgumentNullException(nameof(guard));

    /// <inheritdoc/>
    public override Task<MicropanelBatchSent> RunAsync(ActivityContext context, CreateMicropanelBatchInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return VendorFailureTranslator.RunAsync(
            () => _guard.RunOnceAsync(
                input.OperationKey,
                async ct =>
                {
                    var created = await _client.CreateBatchAsync(input.Batch.ToRequest(input.SurveyId), ct);
                    return new MicropanelBatchSent(created.CampaignBatchId, created.Message);
                },
                CreateEmailBatchActivity.HadNoEffect,
                cancellationToken),
            guarded: true);
    }
}
