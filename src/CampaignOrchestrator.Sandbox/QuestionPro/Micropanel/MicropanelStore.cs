using CampaignOrchestrator.Sandbox.Common;
using CampaignOrchestrator.Sandbox.Control;
using CampaignOrchestrator.Sandbox.Data;

namespace CampaignOrchestrator.Sandbox.QuestionPro.Micropanel;

/// <summary>The micropanel invitation batches created through the API.</summary>
internal sealed class MicropanelStore(SandboxCatalog catalog, SimulatedClock clock, Ledger ledger)
{
    private const long FirstId = 6001;

    private readonly Dictionary<long, MicropanelBatch> _batches = [];
    private readonly Lock _gate = new();
    private long _nextId = FirstId;

    public MicropanelBatch Create(MicropanelBatchRequest request)
    {
        lock (_gate)
        {
            var batch = new MicropanelBatch(_nextId++, request.SurveyId, catalog.Account.UserId, clock.SimulatedNow, request.ClosureAt);
            _batches.Add(batch.Id, batch);
            ledger.Record(LedgerKinds.MicropanelBatchCreated, new
            {
                campaignBatchId = batch.Id,
                surveyId = request.SurveyId,
                surveyAlias = request.SurveyAlias,
                surveyLength = request.SurveyLength,
                surveyLanguageId = request.SurveyLanguageId,
                templateId = request.TemplateId,
                templateLanguageId = request.TemplateLanguageId,
                allowMultipleResponses = request.AllowMultipleResponses,
                incentives = request.Incentives,
                filterType = request.FilterType,
                emailAddress = request.EmailAddress,
                existingFilterId = request.ExistingFilterId,
                closureAt = request.ClosureAt,
                responseQuota = request.ResponseQuota,
                enableEmailInvitation = request.EnableEmailInvitation,
            });
            return batch;
        }
    }

    public MicropanelBatch? Find(long id)
    {
        lock (_gate)
        {
            return _batches.GetValueOrDefault(id);
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _batches.Clear();
            _nextId = FirstId;
        }
    }
}
