namespace CampaignOrchestrator.Host.Configuration;

/// <summary>Reads Azure Functions' <c>host.json</c> and maps the settings it knows onto this host's configuration keys.</summary>
/// <param name="path">The file; a missing file adds nothing.</param>
internal sealed class HostJsonConfigurationSource(string path) : IConfigurationSource
{
    /// <summary>Gets the file.</summary>
    public string Path { get; } = path;

    /// <inheritdoc />
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new HostJsonConfigurationProvider(Path);
}
