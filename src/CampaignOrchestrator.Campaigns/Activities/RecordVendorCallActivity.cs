using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Durable.Backend;

namespace CampaignOrchestrator.Campaigns.Activities;

/// <summary>
/// Records the result of a vendor call that an operator found at the vendor ("use"), settling its ambiguous
/// idempotency record. When a result was recorded first, that one stands and is returned.
/// </summary>
/// <param name="store">The idempotency store.</param>
public sealed class RecordVendorCallActivity(IIdempotencyStore store) : Activity<VendorCallResult, string?>
{
    private readonly IIdempotencyStore _store = store ?? throw new ArgumentNullException(nameof(store));

    /// <inheritdoc/>
    public override async Task<string?> RunAsync(ActivityContext context, VendorCallResult input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var record = await _store.CompleteAsync(input.OperationKey, input.ResultJson, cancellationToken);
        return record.Result;
    }
}
