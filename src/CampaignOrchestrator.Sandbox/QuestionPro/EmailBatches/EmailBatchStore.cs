using CampaignOrchestrator.Sandbox.Common;
using CampaignOrchestrator.Sandbox.Control;
using CampaignOrchestrator.Sandbox.Data;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Sandbox.QuestionPro.EmailBatches;

/// <summary>The email batches: creation, reminder sends and statistics at the current simulated time.</summary>
internal sealed class EmailBatchStore
{
    private const long FirstCreatedId = 4002;

    private readonly SandboxCatalog _catalog;
    private readonly SimulatedClock _clock;
    private readonly Ledger _ledger;
    private readonly int _seed;
    private readonly Lock _gate = new();
    private readonly SortedDictionary<long, EmailBatch> _batches = [];
    private long _nextId;

    public EmailBatchStore(SandboxCatalog catalog, SimulatedClock clock, Ledger ledger, IOptions<SandboxOptions> options)
    {
        _catalog = catalog;
        _clock = clock;
        _ledger = ledger;
        _seed = options.Value.Seed;
        Reset();
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _batches.Count;
            }
        }
    }

    /// <summary>Back to the seeded batches, each sent once at the current simulated time.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _batches.Clear();
            foreach (var seed in _catalog.Data.EmailBatches)
            {
                var request = new EmailBatchRequest(1, seed.EmailListId, [], seed.TemplateId, null, null, seed.BatchName);
                var draft = EmailBatchDraft.Resolve(seed.SurveyId, request, _catalog, out _)!;
                Send(Add(seed.Id, draft), _clock.SimulatedNow, recipientIndexes: null);
            }

            _nextId = Math.Max(FirstCreatedId, _batches.Keys.DefaultIfEmpty(0).Max() + 1);
        }
    }

    public EmailBatchPayload Create(EmailBatchDraft draft)
    {
        lock (_gate)
        {
            var now = _clock.SimulatedNow;
            var batch = Add(_nextId++, draft);
            var request = draft.Request;
            _ledger.Record(LedgerKinds.EmailBatchCreated, new
            {
                surveyId = batch.SurveyId,
                batchId = batch.Id,
                mode = batch.Mode,
                emailListId = request.EmailListId,
                templateId = request.TemplateId,
                batchName = batch.BatchName,
                subject = batch.Subject,
                recipientCount = batch.Recipients.Count,
            });
            RecordSend(batch, Send(batch, now, recipientIndexes: null), request);
            return EmailBatchPayload.Of(batch, _catalog.Account, now);
        }
    }

    /// <summary>Sends the batch again to its recipients who have not taken the survey, unsubscribed, bounced or been blocked.</summary>
    public EmailBatchPayload? Remind(long surveyId, long batchId, EmailBatchRequest request)
    {
        lock (_gate)
        {
            if (Find(surveyId, batchId) is not { } batch)
            {
                return null;
            }

            var now = _clock.SimulatedNow;
            var awaiting = Enumerable.Range(0, batch.Recipients.Count).Where(index => batch.ProgressOf(index, now).AwaitsReminder).ToList();
            RecordSend(batch, Send(batch, now, awaiting), request);
            return EmailBatchPayload.Of(batch, _catalog.Account, now);
        }
    }

    public long? EmailListOf(long surveyId, long batchId, out bool exists)
    {
        lock (_gate)
        {
            var batch = Find(surveyId, batchId);
            exists = batch is not null;
            return batch?.EmailListId;
        }
    }

    public EmailBatchPayload? Get(long surveyId, long batchId)
    {
        lock (_gate)
        {
            return Find(surveyId, batchId) is { } batch ? EmailBatchPayload.Of(batch, _catalog.Account, _clock.SimulatedNow) : null;
        }
    }

    public IReadOnlyList<EmailBatchPayload> List(long surveyId, int page, int perPage)
    {
        lock (_gate)
        {
            var now = _clock.SimulatedNow;
            return [.. _batches.Values
                .Where(batch => batch.SurveyId == surveyId)
                .Skip((page - 1) * perPage)
                .Take(perPage)
                .Select(batch => EmailBatchPayload.Of(batch, _catalog.Account, now))];
        }
    }

    private EmailBatch? Find(long surveyId, long batchId) =>
        _batches.TryGetValue(batchId, out var batch) && batch.SurveyId == surveyId ? batch : null;

    private EmailBatch Add(long id, EmailBatchDraft draft)
    {
        var batch = new EmailBatch
        {
            Id = id,
            SurveyId = draft.SurveyId,
            Mode = draft.Request.Mode,
            EmailListId = draft.Request.EmailListId,
            BatchName = draft.Request.BatchName,
            Subject = draft.Subject,
            EmailText = draft.EmailText,
            Description = draft.Description,
            CreatedAt = _clock.SimulatedNow,
            Recipients = draft.Recipients,
        };
        _batches[id] = batch;
        return batch;
    }

    private EmailSend Send(EmailBatch batch, DateTimeOffset now, IReadOnlyList<int>? recipientIndexes)
    {
        var sendIndex = batch.Sends.Count;
        var timelines = (recipientIndexes ?? Enumerable.Range(0, batch.Recipients.Count))
            .ToDictionary(index => index, index => RecipientTimeline.Draw(_seed, batch.Id, sendIndex, index, now));
        var send = new EmailSend(sendIndex, now, timelines);
        batch.Sends.Add(send);
        return send;
    }

    private void RecordSend(EmailBatch batch, EmailSend send, EmailBatchRequest request) =>
        _ledger.Record(LedgerKinds.EmailBatchSent, new
        {
            surveyId = batch.SurveyId,
            batchId = batch.Id,
            sendIndex = send.Index,
            reminder = send.Index > 0,
            mode = request.Mode,
            emailListId = request.EmailListId,
            templateId = request.TemplateId,
            recipientCount = send.Timelines.Count,
            recipients = send.Timelines.Keys.Select(index => batch.Recipients[index]).ToList(),
        });
}
