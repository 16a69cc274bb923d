namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>An answer option of a <see cref="SurveyQuestion"/>.</summary>
/// <param name="Id">The answer id.</param>
/// <param name="Text">The answer text; null when absent (text fields often carry only an id).</param>
public sealed record SurveyAnswerOption(long Id, string? Text);
