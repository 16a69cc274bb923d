using CampaignOrchestrator.Campaigns.Activities;
using CampaignOrchestrator.Campaigns.Inbound;
using CampaignOrchestrator.Campaigns.Inbound.Recording;
using CampaignOrchestrator.Campaigns.Runs;
using CampaignOrchestrator.Durable.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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

    /// <summary>
    /// Registers the <c>InboundResponses</c> orchestrator, its chunk sub-orchestrator and the <c>RecordResponse</c>
    /// activity. The host must also register the SatisMeter client (<c>services.AddSatisMeter()</c>), the QuestionPro
    /// clients (<c>services.AddQuestionPro()</c>) and an idempotency store (<c>UseSqlite</c> registers one).
    /// </summary>
    /// <param name="engine">The engine builder (inside <c>AddDurableEngine</c>).</param>
    /// <returns>The builder.</returns>
    public static DurableEngineBuilder AddInboundResponses(this DurableEngineBuilder engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        engine.Services.TryAddTransient<SatisMeterResponseRecorder>();
        engine.Services.TryAddTransient<QuestionProResponseRecorder>();
        return engine
            .AddOrchestrator<InboundResponsesOrchestrator>(InboundResponsesOrchestrator.Name)
            .AddOrchestrator<InboundChunkOrchestrator>(InboundChunkOrchestrator.Name)
            .AddActivity<RecordResponseActivity>(RecordResponseActivity.Name);
    }
}
