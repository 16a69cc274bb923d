namespace CampaignOrchestrator.Durable.Client;

/// <summary>How to start an orchestration.</summary>
/// <param name="InstanceId">
/// The instance id; a new GUID when null. Starting an id whose instance is not finished returns that instance instead
/// of a second one; a finished instance with the id is replaced.
/// </param>
/// <param name="StartAt">When to start; now when null.</param>
public sealed record StartOrchestrationOptions(string? InstanceId = null, DateTimeOffset? StartAt = null);
