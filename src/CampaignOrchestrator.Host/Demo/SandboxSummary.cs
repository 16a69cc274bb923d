using System.Text.Json;
using CampaignOrchestrator.Sandbox;
using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Host.Demo;

/// <summary>What the in-process sandbox received during the demo: its call counters and the side effects in its ledger.</summary>
/// <param name="VendorCalls">Vendor calls received (QuestionPro and SatisMeter).</param>
/// <param name="QuestionProCalls">QuestionPro calls.</param>
/// <param name="SatisMeterCalls">SatisMeter calls.</param>
/// <param name="RateLimited">Calls the sandbox's rate limiters refused.</param>
/// <param name="EmailBatchesCreated">The email batches created, by id, in order.</param>
/// <param name="EmailSends">Email sends: the first send of each batch and each reminder.</param>
/// <param name="ReminderSends">The sends that were reminders.</param>
/// <param name="MicropanelBatchesCreated">The micropanel batches created, by id, in order.</param>
internal sealed record SandboxSummary(
    long VendorCalls,
    long QuestionProCalls,
    long SatisMeterCalls,
    long RateLimited,
    IReadOnlyList<long> EmailBatchesCreated,
    int EmailSends,
    int ReminderSends,
    IReadOnlyList<long> MicropanelBatchesCreated)
{
    /// <summary>Reads the summary from a sandbox.</summary>
    /// <param name="sandbox">The sandbox.</param>
    /// <returns>The summary.</returns>
    public static SandboxSummary From(VendorSandbox sandbox)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        var metrics = sandbox.GetMetrics();
        var sends = sandbox.GetLedger(LedgerKinds.EmailBatchSent);
        return new SandboxSummary(
            metrics.Requests,
            metrics.QuestionProRequests,
            metrics.SatisMeterRequests,
            metrics.RateLimiterRejections,
            [.. sandbox.GetLedger(LedgerKinds.EmailBatchCreated).Select(entry => entry.Details.GetProperty("batchId").GetInt64())],
            sends.Count,
            sends.Count(entry => entry.Details.GetProperty("reminder").ValueKind == JsonValueKind.True),
            [.. sandbox.GetLedger(LedgerKinds.MicropanelBatchCreated).Select(entry => entry.Details.GetProperty("campaignBatchId").GetInt64())]);
    }

    /// <summary>Prints the summary.</summary>
    /// <param name="output">Where to write.</param>
    public void WriteTo(DemoOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Line($"Vendor calls received by the sandbox: {VendorCalls} (QuestionPro {QuestionProCalls}, SatisMeter {SatisMeterCalls}, refused by its rate limit {RateLimited})");
        output.Line($"Sandbox ledger: {EmailBatchesCreated.Count} email batch(es) created [{string.Join(", ", EmailBatchesCreated)}], "
            + $"{EmailSends} email send(s) of which {ReminderSends} reminder(s), {MicropanelBatchesCreated.Count} micropanel batch(es) created [{string.Join(", ", MicropanelBatchesCreated)}]");
    }
}
