using CampaignOrchestrator.Host.Configuration;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Engine;

/// <summary>Accepts only a backend this build can run (Sqlite or AzureStorage), and says so at start-up otherwise.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var setting = HostJsonSetting.Describe("Storage:Provider");
        if (StorageOptions.IsSqlite(options.Provider))
        {
            return ValidateOptionsResult.Success;
        }

        if (string.Equals(options.Provider, StorageOptions.AzureStorage, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail($"{setting} must be Sqlite or AzureStorage (was '{options.Provider}').");
    }
}
