namespace CampaignOrchestrator.Campaigns.Activities;

/// <summary>The input of <see cref="CheckSurveyActivity"/>.</summary>
/// <param name="SurveyId">The survey.</param>
public sealed record SurveyCheckRequest(long SurveyId);

/// <summary>Whether a survey accepts responses, as its respondent API answered.</summary>
/// <param name="SurveyId">The survey.</param>
/// <param name="IsOpen">Whether the survey accepts responses.</param>
/// <param name="Status">The respondent API's status text, e.g. <c>success</c> or <c>survey_closed</c>.</param>
/// <param name="Reason">Why the survey is not open (closed, paused, suspended, quota full); <see langword="null"/> when open.</param>
public sealed record SurveyCheckResult(long SurveyId, bool IsOpen, string Status, string? Reason);
