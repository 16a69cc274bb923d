using System.Globalization;
using System.Net;
using CampaignOrchestrator.Sandbox.Data;

namespace CampaignOrchestrator.Sandbox.QuestionPro.Respondent;

/// <summary>Builds the page payloads of a survey.</summary>
internal static class SurveyPageRenderer
{
    private const string ApiRoot = "/a/api/v2/";

    public static SurveyPagePayload Page(
        SurveyData survey,
        int pageIndex,
        string urlRoot,
        string status = RespondentStatuses.Success,
        IReadOnlyList<ValidationErrorPayload>? validationErrors = null)
    {
        var page = survey.Pages[pageIndex];
        var surveyPath = $"{urlRoot}{ApiRoot}surveys/{survey.Id.ToString(CultureInfo.InvariantCulture)}";
        return new SurveyPagePayload(
            status,
            Meta: new PageMeta(pageIndex == survey.Pages.Count - 1, pageIndex * 100 / survey.Pages.Count),
            Navigation: new PageNavigation(pageIndex == 0 ? null : $"{surveyPath}/previous-page", $"{surveyPath}/submit-page"),
            ThemeConfig: new PageTheme(survey.Theme.CssUrls, survey.Theme.JsUrls),
            Questions: [.. page.Questions.Select(Question)],
            ValidationErrors: validationErrors);
    }

    /// <summary>The part of the request path before <c>/a/api/v2/</c> (the mount prefix, if any).</summary>
    public static string UrlRootOf(string requestPath)
    {
        var index = requestPath.IndexOf(ApiRoot, StringComparison.OrdinalIgnoreCase);
        return index > 0 ? requestPath[..index] : "";
    }

    private static QuestionPayload Question(QuestionData question)
    {
        var html = string.Create(
            CultureInfo.InvariantCulture,
            $"<div class='qstn-row' data-question-id='{question.Id}'><p class='qstn-text'>{WebUtility.HtmlEncode(question.Text)}</p></div>");
        var json = new QuestionJson(
            question.Id,
            question.Type,
            question.Text,
            question.Required,
            [.. question.Answers.Select(answer => new AnswerJson(answer.Id, answer.Text))],
            FormParam.Of(question),
            question.Type == "S" ? question.Total : null,
            question.Type == "D" ? question.IncludeTime : null);
        return new QuestionPayload(html, json);
    }
}
