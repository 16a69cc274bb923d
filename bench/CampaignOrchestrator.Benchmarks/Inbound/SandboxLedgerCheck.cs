using CampaignOrchestrator.Sandbox;
using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Benchmarks.Inbound;

/// <summary>Stops the run unless the sandbox recorded exactly the expected users' responses, each once: a rate means nothing otherwise.</summary>
internal static class SandboxLedgerCheck
{
    public static void ThrowUnlessRecordedOnce(VendorSandboxServer sandbox, string userIdPrefix, int count)
    {
        var recorded = sandbox.GetLedger(LedgerKinds.SatisMeterResponseRecorded)
            .Select(entry => entry.Details.GetProperty("userId").GetString())
            .ToList();
        var distinct = recorded.ToHashSet(StringComparer.Ordinal);
        var expected = Enumerable.Range(0, count).Select(i => SatisMeterResponses.UserId(userIdPrefix, i));
        if (recorded.Count != count || distinct.Count != count || !distinct.SetEquals(expected))
        {
            throw new InvalidOperationException(
                $"The sandbox ledger holds {recorded.Count} recorded responses ({distinct.Count} distinct users); expected exactly {count}, one per user '{userIdPrefix}-N'.");
        }
    }
}
