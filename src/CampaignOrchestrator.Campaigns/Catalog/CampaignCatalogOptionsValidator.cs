using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Campaigns.Catalog;

/// <summary>Checks <see cref="CampaignCatalogOptions"/> at start-up.</summary>
internal sealed class CampaignCatalogOptionsValidator : IValidateOptions<CampaignCatalogOptions>
{
    public ValidateOptionsResult Validate(string? name, CampaignCatalogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.Directory)
            ? ValidateOptionsResult.Fail($"{CampaignCatalogOptions.SectionName}:Directory is required.")
            : ValidateOptionsResult.Success;
    }
}
