using System.Text.Json;

namespace CampaignOrchestrator.Sandbox.Control;

/// <summary>One side effect the sandbox received, in the order received.</summary>
/// <param name="Sequence">1-based position in the ledger.</param>
/// <param name="At">When it was recorded, on the injected <see cref="TimeProvider"/>.</param>
/// <param name="Kind">What happened, e.g. <c>questionpro.email-batch.created</c> (see <see cref="LedgerKinds"/>).</param>
/// <param name="Details">The ids and values involved; never an API key or write key.</param>
public sealed record LedgerEntry(long Sequence, DateTimeOffset At, string Kind, JsonElement Details);
