using System.Text.Json;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>A question on a respondent page, read from <c>questions[].json</c>.</summary>
/// <param name="Id">The question id.</param>
/// <param name="Type">The vendor's question type code (for example <c>U</c>, <c>M</c>, <c>T</c>); null when absent. Answer keys never depend on it.</param>
/// <param name="Text">The question text; null when absent.</param>
/// <param name="Required">Whether an answer is required; null when the server does not say.</param>
/// <param name="Answers">The answer options, in server order; empty when absent.</param>
/// <param name="FormParam">How submit-page keys are formed for this question; null when absent.</param>
/// <param name="Html">The pre-rendered HTML of the question row; null when absent.</param>
/// <param name="Json">The whole question object, for fields this model does not surface (such as <c>includeTime</c> or <c>total</c>).</param>
public sealed record SurveyQuestion(
    long Id,
    string? Type,
    string? Text,
    bool? Required,
    IReadOnlyList<SurveyAnswerOption> Answers,
    FormParam? FormParam,
    string? Html,
    JsonElement Json);
