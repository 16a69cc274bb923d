namespace CampaignOrchestrator.Durable.AzureStorage.Orchestrations;

/// <summary>The instance id rule: an instance id is a table partition key, so it has none of <c>/ \ # ?</c> nor control characters.</summary>
internal static class InstanceIds
{
    /// <summary>The longest id.</summary>
    public const int MaxLength = 256;

    /// <summary>Throws when an id breaks the rule.</summary>
    /// <param name="instanceId">The id.</param>
    /// <param name="paramName">The argument it came from.</param>
    /// <exception cref="ArgumentException">The id is empty, too long, or has a forbidden character.</exception>
    public static void ThrowIfInvalid(string? instanceId, string paramName)
    {
        if (string.IsNullOrEmpty(instanceId))
        {
            throw new ArgumentException("An instance id must not be empty.", paramName);
        }

        if (instanceId.Length > MaxLength)
        {
            throw new ArgumentException($"An instance id must be at most {MaxLength} characters; this one has {instanceId.Length}.", paramName);
        }

        foreach (var c in instanceId)
        {
            if (char.IsControl(c) || c is '/' or '\\' or '#' or '?')
            {
                throw new ArgumentException("An instance id must not contain control characters nor any of / \\ # ?.", paramName);
            }
        }
    }
}
