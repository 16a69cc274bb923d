using System.Text.Json.Serialization;
using CampaignOrchestrator.Sandbox.Data;
using CampaignOrchestrator.Sandbox.QuestionPro.Common;

namespace CampaignOrchestrator.Sandbox.QuestionPro.EmailBatches;

/// <summary>The batch object of the email batch endpoints, in the field order of the vendor's example.</summary>
internal sealed record EmailBatchPayload(
    [property: JsonPropertyName("emailBatchID")] long EmailBatchId,
    [property: JsonPropertyName("surveyID")] long SurveyId,
    [property: JsonPropertyName("userID")] long UserId,
    string? BatchName,
    string Subject,
    string Description,
    string EmailText,
    int Status,
    int BatchType,
    int EmailCount,
    string EmailFrom,
    string CreationDate,
    object? EmailStatsList,
    string EmailFromName,
    EmailBatchStatistics EmailBatchStatistics)
{
    // The vendor does not document these codes; its example batch shows status 64 and batchType 1.
    private const int SentStatus = 64;
    private const int EmailBatchType = 1;

    public static EmailBatchPayload Of(EmailBatch batch, AccountData account, DateTimeOffset at) => new(
        batch.Id,
        batch.SurveyId,
        account.UserId,
        batch.BatchName,
        batch.Subject,
        batch.Description,
        batch.EmailText,
        SentStatus,
        EmailBatchType,
        batch.Recipients.Count,
        account.EmailFrom,
        VendorDates.Format(batch.CreatedAt),
        null,
        account.EmailFromName,
        EmailBatchStatistics.Of(batch, at));
}
