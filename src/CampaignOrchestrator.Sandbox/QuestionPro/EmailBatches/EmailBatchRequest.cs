using System.Net.Mail;
using System.Text.Json;
using CampaignOrchestrator.Sandbox.QuestionPro.Common;

namespace CampaignOrchestrator.Sandbox.QuestionPro.EmailBatches;

/// <summary>
/// The body of POST (create) and PUT (send again) on email batches. Modes: 1 list + stored template, 2 addresses +
/// stored template, 3 list + custom template, 4 addresses + custom template; PUT takes modes 1 and 3 only.
/// </summary>
internal sealed record EmailBatchRequest(
    int Mode,
    long? EmailListId,
    IReadOnlyList<string> Emails,
    long? TemplateId,
    string? Subject,
    string? Content,
    string? BatchName)
{
    public const string SurveyLinkPlaceholder = "<SURVEY_LINK>";

    public bool UsesEmailList => Mode is 1 or 3;

    public bool UsesStoredTemplate => Mode is 1 or 2;

    public static EmailBatchRequest? Parse(JsonElement body, bool existingBatch, out string? problem)
    {
        var reader = BodyReader.Root(body);
        var mode = reader.Long("mode", required: true);
        if (mode is not null and not (>= 1 and <= 4))
        {
            reader.Fail("mode must be one of 1, 2, 3, 4");
        }
        else if (existingBatch && mode is 2 or 4)
        {
            reader.Fail("mode must be 1 or 3 when sending an existing batch (modes 2 and 4 only create batches)");
        }

        if (reader.Problem is not null || mode is null)
        {
            problem = reader.Problem;
            return null;
        }

        var request = new EmailBatchRequest((int)mode, null, [], null, null, null, reader.String("batchName", required: false));
        request = request.UsesEmailList
            ? request with { EmailListId = reader.Long("emailListID", required: true) }
            : request with { Emails = ReadEmails(reader) };
        if (request.UsesStoredTemplate)
        {
            request = request with { TemplateId = reader.Long("templateID", required: true) };
        }
        else if (reader.Object("emailTemplate", required: true) is { } template)
        {
            request = request with
            {
                Subject = template.String("emailSubject", required: true, allowEmpty: false),
                Content = template.String("content", required: true, allowEmpty: false),
            };
            if (request.Content is { } content && !content.Contains(SurveyLinkPlaceholder, StringComparison.Ordinal))
            {
                template.Fail($"{template.PathOf("content")} must contain {SurveyLinkPlaceholder}");
            }
        }

        problem = reader.Problem;
        return problem is null ? request : null;
    }

    private static IReadOnlyList<string> ReadEmails(BodyReader reader)
    {
        var emails = reader.StringArray("emails", required: true);
        if (emails is null)
        {
            return [];
        }

        if (emails.Count == 0)
        {
            reader.Fail("emails must contain at least one email address");
        }

        for (var i = 0; i < emails.Count; i++)
        {
            if (!MailAddress.TryCreate(emails[i], out var address) || address.Address != emails[i].Trim())
            {
                reader.Fail($"emails[{i}] is not a valid email address");
            }
        }

        return [.. emails.Select(email => email.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
