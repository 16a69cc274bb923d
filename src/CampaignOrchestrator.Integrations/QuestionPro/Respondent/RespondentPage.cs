namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>One response of the respondent API: the current page of questions or a final status.</summary>
/// <param name="Status">The parsed <c>response.status</c>.</param>
/// <param name="RawStatus">The <c>response.status</c> text exactly as sent.</param>
/// <param name="RedirectUrl">Where to send the respondent (<c>survey_complete</c>, <c>terminated</c>, <c>redirect</c>); null when absent.</param>
/// <param name="IsFinalPage">True when this is the last page of the survey; false when <c>meta</c> is absent.</param>
/// <param name="ProgressPercentage">Completion progress 0–100; null when absent.</param>
/// <param name="PreviousPageUrl">The previous-page URL; null on the first page or when absent.</param>
/// <param name="NextPageSubmitUrl">The URL to post the next answers to; null when absent.</param>
/// <param name="CssUrls">Theme stylesheet URLs; empty when absent.</param>
/// <param name="JsUrls">Theme script URLs; empty when absent.</param>
/// <param name="Questions">The questions of the page; empty for final statuses.</param>
/// <param name="ValidationErrors">Errors for the submitted page; empty unless the status is <c>validation_errors</c>.</param>
/// <param name="RequestId">The server's <c>requestID</c>; null when absent.</param>
public sealed record RespondentPage(
    RespondentStatus Status,
    string RawStatus,
    string? RedirectUrl,
    bool IsFinalPage,
    int? ProgressPercentage,
    string? PreviousPageUrl,
    string? NextPageSubmitUrl,
    IReadOnlyList<string> CssUrls,
    IReadOnlyList<string> JsUrls,
    IReadOnlyList<SurveyQuestion> Questions,
    IReadOnlyList<RespondentValidationError> ValidationErrors,
    string? RequestId);
