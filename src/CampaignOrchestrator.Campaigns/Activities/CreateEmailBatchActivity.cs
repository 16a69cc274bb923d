using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Integrations.Http;
using CampaignOrchestrator.Integrations.QuestionPro;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;
using CampaignOrchestrator.Integrations.Validation;
using Microsoft.Extensions.Logging;

namespace CampaignOrchestrator.Campaigns.Activities;

/// <summary>
/// Creates a wave's email batch, which sends its invitations, at most once per <see cref="CreateEmailBatchInput.OperationKey"/>.
/// An earlier attempt whose outcome is unknown is looked for among the survey's batches by its tag: found, it is the
/// result; absent, the batch was never created and is created now.
/// </summary>
/// <param name="client">The QuestionPro email batch client.</param>
/// <param name="guard">Records the call before and after it is made.</param>
/// <param name="logger">Logs reconciliations.</param>
public sealed partial class CreateEmailBatchActivity(QuestionProEmailBatchClient client, EffectGuard guard, ILogger<CreateEmailBatchActivity> logger)
    : Activity<CreateEmailBatchInput, EmailBatchCreated>
{
    private readonly QuestionProEmailBatchClient _client = client ?? throw new ArgumentNullException(nameof(client));
    private readonly EffectGuard _guard = guard ?? throw new ArgumentNullException(nameof(guard));
    private readonly ILogger _logger = logger ?? throw new ArgumentNullException(nameof(logger));

    /// <inheritdoc/>
    public override Task<EmailBatchCreated> RunAsync(ActivityContext context, CreateEmailBatchInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.BatchName.Contains(input.BatchTag, StringComparison.Ordinal))
        {
            throw new ArgumentException("The batch name must contain the batch tag, or an ambiguous attempt could never be found.", nameof(input));
        }

        return VendorFailureTranslator.RunAsync(
            () => _guard.RunOnceAsync(
                input.OperationKey,
                ct => CreateAsync(input, ct),
                HadNoEffect,
                (_, ct) => ReconcileAsync(input, ct),
                cancellationToken),
            guarded: true);
    }

    /// <summary>Tells whether a failed send certainly did nothing at the vendor.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns><see langword="true"/> when nothing was sent.</returns>
    internal static bool HadNoEffect(Exception exception) =>
        exception is QuestionProException { Effect: VendorEffect.None } or RequestValidationException;

    private async Task<EmailBatchCreated> CreateAsync(CreateEmailBatchInput input, CancellationToken cancellationToken)
    {
        var batch = await _client.CreateAsync(input.SurveyId, input.Wave.ToCreateRequest(input.BatchName), cancellationToken);
        return new EmailBatchCreated(batch.EmailBatchId, batch.BatchName, batch.EmailCount, batch.CreationDate, Reconciled: false);
    }

    private async Task<EmailBatchCreated> ReconcileAsync(CreateEmailBatchInput input, CancellationToken cancellationToken)
    {
        var found = await EmailBatchFinder.FindAsync(_client, input.SurveyId, input.BatchTag, cancellationToken);
        if (found is not null)
        {
            LogFound(_logger, input.OperationKey, found.EmailBatchId);
            return new EmailBatchCreated(found.EmailBatchId, found.BatchName, found.EmailCount, found.CreationDate, Reconciled: true);
        }

        // The survey has no batch with the tag: the earlier attempt never created one, so this attempt may.
        LogNotFound(_logger, input.OperationKey);
        return await CreateAsync(input, cancellationToken);
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Email batch send {OperationKey} was ambiguous; batch {BatchId} found at QuestionPro by its tag and used, not sent again")]
    private static partial void LogFound(ILogger logger, string operationKey, long batchId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Email batch send {OperationKey} was ambiguous; no batch carries its tag at QuestionPro, so it is sent now")]
    private static partial void LogNotFound(ILogger logger, string operationKey);
}
