using System.Net.Mail;
using CampaignOrchestrator.Integrations.Validation;

namespace CampaignOrchestrator.Integrations.QuestionPro.Micropanel;

/// <summary>Checks micropanel batch requests against QuestionPro's documented rules before anything is sent.</summary>
public static class MicropanelBatchRequestValidator
{
    /// <summary>Checks a create request.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Every broken rule; empty when valid.</returns>
    public static IReadOnlyList<ValidationFailure> Validate(CreateMicropanelBatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var failures = new ValidationFailureList();
        CheckCompose(request.Compose, failures);
        CheckRecipients(request.Recipients, failures);
        CheckClosure(request.Send?.DeliveryOptions?.AutomaticClosure, failures);
        return failures;
    }

    private static void CheckCompose(MicropanelCompose? compose, ValidationFailureList failures)
    {
        if (compose is null)
        {
            failures.Add(new("$.compose", "required"));
            return;
        }

        failures.RequirePositive(compose.SurveyId, "$.compose.surveyID");
        failures.RequirePositive(compose.SurveyLanguageId, "$.compose.surveyLanguageID");
        failures.RequirePositive(compose.TemplateId, "$.compose.templateID");
        failures.RequirePositive(compose.TemplateLanguageId, "$.compose.templateLanguageID");
        failures.Require(compose.SurveyLength is null or > 0, "$.compose.surveyLength", "must be a positive number of minutes");
        if (compose.Incentives is { } incentives)
        {
            failures.Require(incentives.CompletionPoints >= 0, "$.compose.incentives.completionPoints", "must not be negative");
            failures.Require(incentives.QuotaPoints >= 0, "$.compose.incentives.quotaPoints", "must not be negative");
            failures.Require(incentives.TerminationPoints >= 0, "$.compose.incentives.terminationPoints", "must not be negative");
        }
    }

    private static void CheckRecipients(MicropanelRecipients? recipients, ValidationFailureList failures)
    {
        if (recipients is null)
        {
            failures.Add(new("$.recipients", "required"));
            return;
        }

        switch (recipients.FilterType)
        {
            case MicropanelFilterType.AllVerifiedMembers:
                break;
            case MicropanelFilterType.SingleMember:
                failures.Require(
                    MailAddress.TryCreate(recipients.EmailAddress, out _),
                    "$.recipients.emailAddress",
                    recipients.EmailAddress is null ? "required when filterType is 2" : "must be an email address");
                break;
            case MicropanelFilterType.ExistingFilter:
                failures.Require(
                    recipients.ExistingFilterId is > 0,
                    "$.recipients.existingFilterID",
                    recipients.ExistingFilterId is null ? "required when filterType is 3" : "must be a positive integer");
                break;
            default:
                failures.Add(new("$.recipients.filterType", "must be 1 (all verified members), 2 (one member) or 3 (existing filter)"));
                break;
        }
    }

    private static void CheckClosure(AutomaticClosure? closure, ValidationFailureList failures)
    {
        if (closure is not { Enabled: true })
        {
            return;
        }

        const string Path = "$.send.deliveryOptions.automaticClosure";
        failures.Require(
            closure.ClosureDateTime is not null || closure.ResponseQuota is not null,
            Path,
            "an enabled closure needs closureDateTime or responseQuota");
        failures.Require(
            closure.ClosureDateTime is null || AutomaticClosure.IsValidClosureDateTime(closure.ClosureDateTime),
            $"{Path}.closureDateTime",
            $"expected {AutomaticClosure.ClosureFormat}");
        failures.Require(closure.ResponseQuota is null or > 0, $"{Path}.responseQuota", "must be a positive integer");
    }
}
