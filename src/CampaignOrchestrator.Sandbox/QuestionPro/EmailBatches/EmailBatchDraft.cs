using CampaignOrchestrator.Sandbox.Data;
using CampaignOrchestrator.Sandbox.QuestionPro.Common;

namespace CampaignOrchestrator.Sandbox.QuestionPro.EmailBatches;

/// <summary>A request resolved against the account: recipients, subject and text, ready to send.</summary>
internal sealed record EmailBatchDraft(
    long SurveyId,
    EmailBatchRequest Request,
    IReadOnlyList<string> Recipients,
    string Subject,
    string EmailText,
    string Description)
{
    /// <summary>Resolves the email list and template of a request; an unknown one is a 404.</summary>
    public static EmailBatchDraft? Resolve(long surveyId, EmailBatchRequest request, SandboxCatalog catalog, out QuestionProError? error)
    {
        error = null;
        EmailListData? list = null;
        if (request.EmailListId is { } listId && (list = catalog.FindEmailList(listId)) is null)
        {
            error = QuestionProError.NotFound($"email list {listId}");
            return null;
        }

        EmailTemplateData? template = null;
        if (request.TemplateId is { } templateId && (template = catalog.FindTemplate(templateId)) is null)
        {
            error = QuestionProError.NotFound($"email template {templateId}");
            return null;
        }

        return new EmailBatchDraft(
            surveyId,
            request,
            list?.Emails ?? request.Emails,
            template?.Subject ?? request.Subject ?? "",
            template?.Content ?? request.Content ?? "",
            $"Email List : {list?.Name ?? "Individual Emails"}");
    }
}
