using CampaignOrchestrator.Campaigns.Catalog;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Campaigns.Tests.Catalog;

public sealed class CampaignCatalogRegistrationTests
{
    [Fact]
    public void AddCampaignCatalog_ConfiguredDirectory_BindsCampaignsSection()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Campaigns:Directory"] = "/srv/campaigns" })
            .Build();
        using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddCampaignCatalog()
            .BuildServiceProvider();

        var catalog = Assert.IsType<FileCampaignCatalog>(provider.GetRequiredService<ICampaignCatalog>());

        Assert.Equal("/srv/campaigns", catalog.DirectoryPath);
    }

    [Fact]
    public void AddCampaignCatalog_BlankDirectory_FailsValidation()
    {
        using var provider = new ServiceCollection()
            .AddCampaignCatalog(o => o.Directory = " ")
            .BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CampaignCatalogOptions>>().Value);

        Assert.Contains("Campaigns:Directory is required.", exception.Failures);
    }
}
