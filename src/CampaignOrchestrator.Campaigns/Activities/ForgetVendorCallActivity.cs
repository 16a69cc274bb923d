using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Durable.Backend;

namespace CampaignOrchestrator.Campaigns.Activities;

/// <summary>
/// Forgets a vendor call's idempotency record whatever its state, so the next attempt makes the call: an operator's
/// decision that an ambiguous call never reached the vendor ("resend").
/// </summary>
/// <param name="store">The idempotency store.</param>
public sealed class ForgetVendorCallActivity(IIdempotencyStore store) : Activity<VendorCallKey, bool>
{
    private readonly IIdempotencyStore _store = store ?? throw new ArgumentNullException(nameof(store));

    /// <inheritdoc/>
    public override Task<bool> RunAsync(ActivityContext context, VendorCallKey input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _store.ForgetAsync(input.OperationKey, cancellationToken);
    }
}
