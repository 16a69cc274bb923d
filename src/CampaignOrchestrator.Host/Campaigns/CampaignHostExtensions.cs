using CampaignOrchestrator.Host.Engine;

namespace CampaignOrchestrator.Host.Campaigns;

/// <summary>Registers the campaign application in the host.</summary>
internal static class CampaignHostExtensions
{
    /// <summary>
    /// Registers the campaign catalog (<c>Campaigns:Directory</c>), the QuestionPro clients (<c>QuestionPro:*</c>), the
    /// <c>CampaignRun</c> orchestration with its activities, and the campaign API's services.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddCampaigns(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCampaignCatalog();
        builder.Services.AddQuestionPro();
        builder.Services.AddDurableOrchestrations(engine => engine.AddCampaigns());
        builder.Services.AddSingleton<CampaignRunStarter>();
        return builder;
    }
}
