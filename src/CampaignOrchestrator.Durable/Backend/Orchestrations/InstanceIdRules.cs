namespace CampaignOrchestrator.Durable.Backend.Orchestrations;

/// <summary>
/// What an instance id may be in every backend: ids end up in URLs, log scopes and storage keys (an Azure table partition
/// key allows none of <c>/ \ # ?</c> nor control characters). Stores check it on every call that names an instance.
/// </summary>
public static class InstanceIdRules
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 256;

    /// <summary>Throws unless the id is non-empty, at most <see cref="MaxLength"/> characters, and free of control characters and <c>/ \ # ?</c>.</summary>
    /// <param name="instanceId">The id.</param>
    /// <param name="paramName">The argument's name, for the exception.</param>
    /// <exception cref="ArgumentException">The id breaks a rule; the message says which.</exception>
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
            if (char.IsControl(c))
            {
                throw new ArgumentException("An instance id must not contain control characters.", paramName);
            }

            if (c is '/' or '\\' or '#' or '?')
            {
                throw new ArgumentException($"An instance id must not contain '{c}' (nor any of / \\ # ?).", paramName);
            }
        }
    }
}
