using System.Text.Json;

namespace CampaignOrchestrator.Host.Configuration;

/// <summary>
/// Turns <c>local.settings.json</c> into configuration like Azure Functions Core Tools: every <c>Values</c> entry is a
/// configuration key (<c>:</c> or <c>__</c> separating sections), every <c>ConnectionStrings</c> entry is
/// <c>ConnectionStrings:{name}</c>, and <c>Host.LocalHttpPort</c> is <c>Host:LocalHttpPort</c>.
/// </summary>
/// <param name="path">The file.</param>
internal sealed class LocalSettingsConfigurationProvider(string path) : ConfigurationProvider
{
    /// <inheritdoc />
    public override void Load()
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (File.Exists(path))
        {
            using var document = FunctionsJsonFile.Parse(path, "local.settings.json");
            var root = document.RootElement;
            if (FunctionsJsonFile.TryGetProperty(root, "IsEncrypted", out var encrypted) && encrypted.ValueKind == JsonValueKind.True)
            {
                throw new InvalidDataException(
                    $"local.settings.json ({path}) is encrypted (IsEncrypted: true); decrypt it (func settings decrypt) or set IsEncrypted to false.");
            }

            AddSection(root, "Values", prefix: string.Empty, data);
            AddSection(root, "ConnectionStrings", prefix: "ConnectionStrings:", data);
            if (FunctionsJsonFile.TryGetPath(root, "Host.LocalHttpPort", out var port))
            {
                data["Host:LocalHttpPort"] = HostJsonSetting.AsText(port);
            }
        }

        Data = data;
    }

    private static void AddSection(JsonElement root, string section, string prefix, Dictionary<string, string?> data)
    {
        if (!FunctionsJsonFile.TryGetProperty(root, section, out var values) || values.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var entry in values.EnumerateObject())
        {
            data[prefix + entry.Name.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal)] = HostJsonSetting.AsText(entry.Value);
        }
    }
}
