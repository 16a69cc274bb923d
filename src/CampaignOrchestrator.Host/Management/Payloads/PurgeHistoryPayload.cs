using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Host.Management.Payloads;

/// <summary>The answer to a purge.</summary>
/// <param name="InstancesDeleted">How many instances were deleted.</param>
internal sealed record PurgeHistoryPayload([property: JsonPropertyName("instancesDeleted")] int InstancesDeleted);
