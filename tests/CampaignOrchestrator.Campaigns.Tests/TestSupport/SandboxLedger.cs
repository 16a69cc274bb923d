using System.Text.Json;
using CampaignOrchestrator.Sandbox;

namespace CampaignOrchestrator.Campaigns.Tests.TestSupport;

/// <summary>What the sandbox received, as the tests count it (the seeded batch of the sample account left out).</summary>
internal sealed class SandboxLedger(VendorSandboxServer sandbox)
{
    /// <summary>Email batches created, in order.</summary>
    public IReadOnlyList<JsonElement> BatchesCreated =>
        [.. sandbox.GetLedger("questionpro.email-batch.created").Select(e => e.Details).Where(d => d.GetProperty("batchId").GetInt64() != SampleAccount.EmailBatchId)];

    /// <summary>Reminder sends (second and later sends of a batch), in order.</summary>
    public IReadOnlyList<JsonElement> RemindersSent =>
        [.. sandbox.GetLedger("questionpro.email-batch.sent").Select(e => e.Details).Where(d => d.GetProperty("reminder").GetBoolean())];

    /// <summary>Micropanel batches created, in order.</summary>
    public IReadOnlyList<JsonElement> MicropanelBatchesCreated =>
        [.. sandbox.GetLedger("questionpro.micropanel-batch.created").Select(e => e.Details)];

    /// <summary>Reminders sent to one batch.</summary>
    public int RemindersTo(long batchId) => RemindersSent.Count(d => d.GetProperty("batchId").GetInt64() == batchId);

    /// <summary>Batches whose name carries a tag.</summary>
    public int BatchesTagged(string tag) => BatchesCreated.Count(d => d.GetProperty("batchName").GetString()?.Contains(tag, StringComparison.Ordinal) == true);
}
