using CampaignOrchestrator.Durable.Backend.Orchestrations;

namespace CampaignOrchestrator.Host.Management;

/// <summary>
/// What an instance id may be in this API: URL-safe characters only (<c>A-Z a-z 0-9 _ . : @ -</c>), at most 256 of
/// them. The official clients put ids into URIs without encoding them.
/// </summary>
internal static class InstanceIds
{
    /// <summary>The longest id accepted (the stores' limit).</summary>
    public const int MaxLength = InstanceIdRules.MaxLength;

    /// <summary>Checks an id.</summary>
    /// <param name="instanceId">The id.</param>
    /// <returns>What is wrong with it; null when it is valid.</returns>
    public static string? Validate(string? instanceId)
    {
        if (string.IsNullOrEmpty(instanceId))
        {
            return "An instance id must not be empty.";
        }

        if (instanceId.Length > MaxLength)
        {
            return $"An instance id must be at most {MaxLength} characters; this one has {instanceId.Length}.";
        }

        foreach (var c in instanceId)
        {
            if (!IsAllowed(c))
            {
                return "An instance id may contain only letters, digits and _ . : @ - (URL-safe characters).";
            }
        }

        return null;
    }

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or ':' or '@' or '-';
}
