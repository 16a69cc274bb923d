namespace CampaignOrchestrator.Host.Configuration;

/// <summary>Reads Azure Functions' <c>local.settings.json</c> as Azure Functions Core Tools does.</summary>
/// <param name="path">The file; a missing file adds nothing.</param>
internal sealed class LocalSettingsConfigurationSource(string path) : IConfigurationSource
{
    /// <summary>Gets the file.</summary>
    public string Path { get; } = path;

    /// <inheritdoc />
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new LocalSettingsConfigurationProvider(Path);
}
