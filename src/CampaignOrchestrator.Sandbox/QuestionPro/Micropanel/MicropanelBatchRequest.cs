using System.Globalization;
using System.Net.Mail;
using System.Text.Json;
using CampaignOrchestrator.Sandbox.Data;
using CampaignOrchestrator.Sandbox.QuestionPro.Common;

namespace CampaignOrchestrator.Sandbox.QuestionPro.Micropanel;

/// <summary>The validated body of <c>POST /micropanel/batches</c> (compose, recipients, send).</summary>
internal sealed record MicropanelBatchRequest(
    long SurveyId,
    string? SurveyAlias,
    long? SurveyLength,
    long SurveyLanguageId,
    long TemplateId,
    long TemplateLanguageId,
    bool AllowMultipleResponses,
    MicropanelIncentives Incentives,
    int FilterType,
    string? EmailAddress,
    long? ExistingFilterId,
    DateTimeOffset? ClosureAt,
    long? ResponseQuota,
    bool EnableEmailInvitation)
{
    public const string ClosureFormat = "MM/dd/yyyy HH:mm";

    public static MicropanelBatchRequest? Parse(JsonElement body, SandboxCatalog catalog, out string? problem)
    {
        var reader = BodyReader.Root(body);
        var compose = reader.Object("compose", required: true);
        var surveyId = compose?.Long("surveyID", required: true);
        if (surveyId is { } id && catalog.FindSurvey(id) is null)
        {
            compose!.Fail($"compose.surveyID {id} does not exist");
        }

        var alias = compose?.String("surveyAlias", required: false);
        var length = compose?.Long("surveyLength", required: false);
        var surveyLanguage = compose?.Long("surveyLanguageID", required: true);
        var template = compose?.Long("templateID", required: true);
        var templateLanguage = compose?.Long("templateLanguageID", required: true);
        var allowMultiple = compose?.Bool("allowMultipleResponses") ?? false;
        var incentives = compose?.Object("incentives", required: false) is { } points
            ? new MicropanelIncentives(Points(points, "completionPoints"), Points(points, "quotaPoints"), Points(points, "terminationPoints"))
            : new MicropanelIncentives(0, 0, 0);

        var recipients = reader.Object("recipients", required: true);
        var filterType = recipients?.Long("filterType", required: true);
        string? email = null;
        long? filterId = null;
        if (filterType is not null and not (>= 1 and <= 3))
        {
            recipients!.Fail("recipients.filterType must be 1 (all verified members), 2 (one member by emailAddress) or 3 (existingFilterID)");
        }
        else if (filterType == 2)
        {
            email = recipients!.String("emailAddress", required: true, allowEmpty: false);
            if (email is not null && !MailAddress.TryCreate(email, out _))
            {
                recipients.Fail("recipients.emailAddress must be a valid email address");
            }
        }
        else if (filterType == 3)
        {
            filterId = recipients!.Long("existingFilterID", required: true);
        }

        var send = reader.Object("send", required: false);
        var closure = send?.Object("deliveryOptions", required: false)?.Object("automaticClosure", required: false);
        var closureAt = closure?.Bool("enabled") == true ? ClosureTime(closure) : null;
        var quota = closure?.Long("responseQuota", required: false);
        var invitation = send?.Object("notification", required: false)?.Bool("enableEmailInvitation") ?? false;

        problem = reader.Problem;
        return problem is not null ? null : new MicropanelBatchRequest(
            surveyId!.Value, alias, length, surveyLanguage!.Value, template!.Value, templateLanguage!.Value, allowMultiple, incentives,
            (int)filterType!.Value, email, filterId, closureAt, quota, invitation);
    }

    private static long Points(BodyReader incentives, string name) => incentives.Long(name, required: false, minimum: 0) ?? 0;

    private static DateTimeOffset? ClosureTime(BodyReader closure)
    {
        var text = closure.String("closureDateTime", required: true);
        if (text is null)
        {
            return null;
        }

        if (DateTime.TryParseExact(text, ClosureFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            return new DateTimeOffset(at, TimeSpan.Zero);
        }

        closure.Fail($"{closure.PathOf("closureDateTime")} must be a date and time formatted {ClosureFormat} (was '{text}')");
        return null;
    }
}

/// <summary>Panel points awarded for a completion, a quota-full and a termination.</summary>
internal sealed record MicropanelIncentives(long CompletionPoints, long QuotaPoints, long TerminationPoints);
