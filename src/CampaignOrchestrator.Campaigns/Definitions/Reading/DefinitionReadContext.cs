namespace CampaignOrchestrator.Campaigns.Definitions.Reading;

/// <summary>
/// The state of one read: every failure found, the paths whose value could not be read (rules about them are not
/// repeated by the validator), and the paths already refused as secrets (not reported again as unknown).
/// </summary>
internal sealed class DefinitionReadContext(IEnumerable<string> secretPaths)
{
    private readonly HashSet<string> _unreadable = new(StringComparer.Ordinal);

    public FailureCollector Failures { get; } = new();

    public IReadOnlySet<string> SecretPaths { get; } = secretPaths.ToHashSet(StringComparer.Ordinal);

    public IReadOnlySet<string> UnreadablePaths => _unreadable;

    /// <summary>Records that the value at <paramref name="path"/> is missing or of the wrong kind.</summary>
    public void Unreadable(string path, string message)
    {
        _unreadable.Add(path);
        Failures.Add(path, message);
    }
}
