using Azure.Core;
using Azure.Identity;
using CampaignOrchestrator.Durable.AzureStorage;

namespace CampaignOrchestrator.Host.Engine;

/// <summary>
/// Reads the storage account from <c>AzureWebJobsStorage</c> the way Azure Functions does: a connection string as the
/// value, or (identity-based) <c>AzureWebJobsStorage:accountName</c> or the three service URIs
/// (<c>__queueServiceUri</c>, <c>__tableServiceUri</c>, <c>__blobServiceUri</c> as environment variables), reached with
/// <see cref="DefaultAzureCredential"/> (managed identity in Azure). Errors name the key, never the connection string.
/// </summary>
internal static class AzureStorageConnection
{
    /// <summary>The configuration key.</summary>
    public const string Key = "AzureWebJobsStorage";

    /// <summary>The section of the Azure Storage backend's own settings.</summary>
    public const string SettingsSection = "Storage:AzureStorage";

    /// <summary>Applies the configured account, hub and partitions to the backend's options.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <param name="options">The options to fill.</param>
    /// <param name="credential">The identity for URIs; <see cref="DefaultAzureCredential"/> when null.</param>
    /// <exception cref="InvalidOperationException">The account is missing or half-configured; the message names the keys.</exception>
    public static void Apply(IConfiguration configuration, AzureStorageOptions options, TokenCredential? credential = null)
    {
        options.HubName = configuration[$"{DurableHostOptions.SectionName}:HubName"] ?? DurableHostOptions.DefaultHubName;
        configuration.GetSection(SettingsSection).Bind(options);
        if (configuration[Key] is { Length: > 0 } connectionString)
        {
            options.ConnectionString = connectionString;
            return;
        }

        var section = configuration.GetSection(Key);
        var account = section["accountName"];
        var queue = UriSetting(section, "queueServiceUri", account, "queue");
        var table = UriSetting(section, "tableServiceUri", account, "table");
        var blob = UriSetting(section, "blobServiceUri", account, "blob");
        if (queue is null || table is null || blob is null)
        {
            throw new InvalidOperationException(
                $"Storage:Provider is AzureStorage, so {Key} must be set: a connection string, or {Key}:accountName " +
                $"(environment variable {Key}__accountName), or all of {Key}:queueServiceUri, {Key}:tableServiceUri and {Key}:blobServiceUri.");
        }

        options.QueueServiceUri = queue;
        options.TableServiceUri = table;
        options.BlobServiceUri = blob;
        options.Credential = credential ?? new DefaultAzureCredential();
    }

    private static Uri? UriSetting(IConfigurationSection section, string name, string? account, string service)
    {
        if (section[name] is { Length: > 0 } text)
        {
            return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
                ? uri
                : throw new InvalidOperationException($"{Key}:{name} must be an absolute http(s) URI such as https://account.{service}.core.windows.net.");
        }

        return account is { Length: > 0 } ? new Uri($"https://{account}.{service}.core.windows.net") : null;
    }
}
