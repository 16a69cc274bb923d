namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>One entry of <c>response.validationErrors</c>.</summary>
/// <param name="QuestionId">The question that failed validation.</param>
/// <param name="Message">The server's human-readable message; null when absent.</param>
/// <param name="AnswerErrors">Per-answer errors keyed by answer id text (matrix questions); null when the server sends null or nothing.</param>
public sealed record RespondentValidationError(
    long QuestionId,
    string? Message,
    IReadOnlyDictionary<string, string>? AnswerErrors);
