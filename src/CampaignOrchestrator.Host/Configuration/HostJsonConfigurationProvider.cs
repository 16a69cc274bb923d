using System.Text.Json;

namespace CampaignOrchestrator.Host.Configuration;

/// <summary>
/// Maps <c>host.json</c> onto configuration keys: the Durable Task and queue settings in <see cref="HostJsonSetting.All"/>, and
/// <c>logging.logLevel.*</c> onto <c>Logging:LogLevel:*</c>.
/// </summary>
/// <param name="path">The file.</param>
internal sealed class HostJsonConfigurationProvider(string path) : ConfigurationProvider
{
    /// <inheritdoc />
    public override void Load()
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (File.Exists(path))
        {
            using var document = FunctionsJsonFile.Parse(path, "host.json");
            foreach (var setting in HostJsonSetting.All)
            {
                if (FunctionsJsonFile.TryGetPath(document.RootElement, setting.HostJsonPath, out var value) && setting.Convert(value) is { } text)
                {
                    data[setting.ConfigurationKey] = text;
                }
            }

            if (FunctionsJsonFile.TryGetPath(document.RootElement, "logging.logLevel", out var levels) && levels.ValueKind == JsonValueKind.Object)
            {
                foreach (var level in levels.EnumerateObject())
                {
                    var category = string.Equals(level.Name, "default", StringComparison.OrdinalIgnoreCase) ? "Default" : level.Name;
                    data[$"Logging:LogLevel:{category}"] = HostJsonSetting.AsText(level.Value);
                }
            }
        }

        Data = data;
    }
}
