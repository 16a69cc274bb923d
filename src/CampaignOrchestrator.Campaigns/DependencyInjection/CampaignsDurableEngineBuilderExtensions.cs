using CampaignOrchestrator.Campaigns.Activities;
using CampaignOrchestrator.Campaigns.Runs;
using CampaignOrchestrator.Durable.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the campaign orchestrations and activities with the durable engine.</summary>
public static class CampaignsDurableEngineBuilderExtensions
{
    /// <summary>
    /// Registers the <c>CampaignRun</c> orchestrator and its activities. The host must also register what they use:
    /// the QuestionPro clients (<c>services.AddQuestionPro(...)</c>) and an idempotency store
    /// (<see cref="CampaignOrchestrator.Durable.Backend.IIdempotencyStore"/>; <c>UseSqlite</c> registers one), which the
    /// engine's <see cref="CampaignOrchestrator.Durable.Activities.EffectGuard"/> records sends in.
    /// </summary>
    /// <param name="engine">The engine builder (inside <c>AddDurableEngine</c>).</param>
    /// <returns>The builder.</returns>
    /// <example>
    /// <code>
    /// services.AddQuestionPro();
    /// services.AddDurableEngine(engine => engine.AddCampaigns()).UseSqlite(o => o.Path = ".data/durable.db");
    /// </code>
    /// </example>
    public static DurableEngineBuilder AddCampaigns(this DurableEngineBuilder engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return engine
            .AddOrchestrator<CampaignRunOrchestrator>(CampaignRunOrchestrator.Name)
            .AddActivity<CheckSurveyActivity>(CampaignActivityNames.CheckSurvey)
            .AddActivity<CreateEmailBatchActivity>(CampaignActivityNames.CreateEmailBatch)
            .AddActivity<SendEmailReminderActivity>(CampaignActivityNames.SendEmailReminder)
            .AddActivity<GetEmailBatchStatisticsActivity>(CampaignActivityNames.GetEmailBatchStatistics)
            .AddActivity<ListEmailBatchesActivity>(CampaignActivityNames.ListEmailBatches)
            .AddActivity<CreateMicropanelBatchActivity>(CampaignActivityNames.CreateMicropanelBatch)
            .AddActivity<GetMicropanelBatchActivity>(CampaignActivityNames.GetMicropanelBatch)
            .AddActivity<ForgetVendorCallActivity>(CampaignActivityNames.ForgetVendorCall)
            .AddActivity<RecordVendorCallActivity>(CampaignActivityNames.RecordVendorCall);
    }
}
