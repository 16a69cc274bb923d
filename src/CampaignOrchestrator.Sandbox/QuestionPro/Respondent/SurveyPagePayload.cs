using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Sandbox.QuestionPro.Respondent;

/// <summary>The <c>response</c> object of take, submit-page and previous-page; absent parts are omitted, as in the vendor's examples.</summary>
internal sealed record SurveyPagePayload(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RedirectUrl = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PageMeta? Meta = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PageNavigation? Navigation = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PageTheme? ThemeConfig = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<QuestionPayload>? Questions = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ValidationErrorPayload>? ValidationErrors = null);

/// <summary>Whether the page is the last one, and the progress through the survey.</summary>
internal sealed record PageMeta(bool IsFinalPage, int ProgressPercentage);

/// <summary>Where to go back (null on the first page) and where to submit.</summary>
internal sealed record PageNavigation(string? PreviousPageUrl, string NextPageSubmitUrl);

/// <summary>The survey theme.</summary>
internal sealed record PageTheme(IReadOnlyList<string> CssUrls, IReadOnlyList<string> JsUrls);

/// <summary>One question: rendered HTML and its JSON (with <c>formParam</c>).</summary>
internal sealed record QuestionPayload(string? Html, QuestionJson Json);

/// <summary>The question JSON; <c>total</c> only for constant sum, <c>includeTime</c> only for dates.</summary>
internal sealed record QuestionJson(
    long Id,
    string Type,
    string Text,
    bool Required,
    IReadOnlyList<AnswerJson> Answers,
    FormParam FormParam,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Total,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? IncludeTime);

/// <summary>An answer option; text is omitted for text boxes without a label.</summary>
internal sealed record AnswerJson(long Id, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text);

/// <summary>A validation failure of one question.</summary>
internal sealed record ValidationErrorPayload(long QuestionId, string Message, IReadOnlyDictionary<string, string>? AnswerErrors = null);
