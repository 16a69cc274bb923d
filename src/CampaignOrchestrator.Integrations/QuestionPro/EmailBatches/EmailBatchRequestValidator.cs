using System.Net.Mail;
using CampaignOrchestrator.Integrations.Validation;

namespace CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;

/// <summary>Checks email batch requests against QuestionPro's documented rules before anything is sent.</summary>
public static class EmailBatchRequestValidator
{
    /// <summary>Checks a create request.</summary>
    /// <param name="surveyId">The survey.</param>
    /// <param name="request">The request.</param>
    /// <returns>Every broken rule; empty when valid.</returns>
    public static IReadOnlyList<ValidationFailure> ValidateCreate(long surveyId, CreateEmailBatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var failures = new ValidationFailureList();
        failures.RequirePositive(surveyId, "$.surveyId");
        var usesList = request.Mode is EmailBatchMode.ListWithTemplate or EmailBatchMode.ListWithCustomTemplate;
        var usesCustomTemplate = request.Mode is EmailBatchMode.ListWithCustomTemplate or EmailBatchMode.AddressesWithCustomTemplate;
        if (!Enum.IsDefined(request.Mode))
        {
            failures.Add(new("$.mode", "must be 1, 2, 3 or 4"));
            return failures;
        }

        if (usesList)
        {
            failures.RequirePositive(request.EmailListId, "$.emailListID");
            failures.Require(request.Emails is null, "$.emails", $"not allowed in mode {(int)request.Mode}");
        }
        else
        {
            CheckAddresses(request.Emails, failures);
            failures.Require(request.EmailListId is null, "$.emailListID", $"not allowed in mode {(int)request.Mode}");
        }

        CheckMessage((int)request.Mode, usesCustomTemplate, request.TemplateId, request.EmailTemplate, failures);
        return failures;
    }

    /// <summary>Checks a send-again (reminder) request.</summary>
    /// <param name="surveyId">The survey.</param>
    /// <param name="batchId">The batch.</param>
    /// <param name="request">The request.</param>
    /// <returns>Every broken rule; empty when valid.</returns>
    public static IReadOnlyList<ValidationFailure> ValidateSend(long surveyId, long batchId, SendEmailBatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var failures = new ValidationFailureList();
        failures.RequirePositive(surveyId, "$.surveyId");
        failures.RequirePositive(batchId, "$.batchId");
        if (request.Mode is not (EmailBatchMode.ListWithTemplate or EmailBatchMode.ListWithCustomTemplate))
        {
            failures.Add(new("$.mode", "must be 1 or 3 when sending an existing batch again"));
            return failures;
        }

        failures.RequirePositive(request.EmailListId, "$.emailListID");
        CheckMessage((int)request.Mode, request.Mode == EmailBatchMode.ListWithCustomTemplate, request.TemplateId, request.EmailTemplate, failures);
        return failures;
    }

    private static void CheckMessage(int mode, bool usesCustomTemplate, long? templateId, EmailTemplate? template, ValidationFailureList failures)
    {
        if (!usesCustomTemplate)
        {
            failures.RequirePositive(templateId, "$.templateID");
            failures.Require(template is null, "$.emailTemplate", $"not allowed in mode {mode}; use templateID");
            return;
        }

        failures.Require(templateId is null, "$.templateID", $"not allowed in mode {mode}; use emailTemplate");
        if (template is null)
        {
            failures.Add(new("$.emailTemplate", $"required in mode {mode}"));
            return;
        }

        failures.Require(!string.IsNullOrWhiteSpace(template.EmailSubject), "$.emailTemplate.emailSubject", "required");
        failures.Require(
            template.Content?.Contains(EmailTemplate.SurveyLinkPlaceholder, StringComparison.Ordinal) == true,
            "$.emailTemplate.content",
            $"mode {mode} requires {EmailTemplate.SurveyLinkPlaceholder}");
    }

    private static void CheckAddresses(IReadOnlyList<string>? emails, ValidationFailureList failures)
    {
        if (emails is null || emails.Count == 0)
        {
            failures.Add(new("$.emails", "required; at least one address"));
            return;
        }

        for (var i = 0; i < emails.Count; i++)
        {
            failures.Require(MailAddress.TryCreate(emails[i], out _), $"$.emails[{i}]", "must be an email address");
        }
    }
}
