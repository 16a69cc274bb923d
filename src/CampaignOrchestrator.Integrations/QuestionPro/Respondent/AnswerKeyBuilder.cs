using System.Text.Json.Nodes;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>
/// Builds the flat <c>/submit-page</c> body from each question's <see cref="FormParam"/> (never from the question type):
/// each key is <c>paramPrefix</c> followed by the question id or an answer id, and each value a JSON string (an array of
/// strings for multiple choice).
/// </summary>
public static partial class AnswerKeyBuilder
{
    /// <summary>Builds the keys of one answered question.</summary>
    /// <param name="question">The question as the server sent it.</param>
    /// <param name="answer">The answer to encode.</param>
    /// <returns>A new object holding only this question's keys.</returns>
    /// <exception cref="ArgumentException">The answer does not fit the question; the message names the question id and the rule.</exception>
    public static JsonObject Build(SurveyQuestion question, AnswerValue answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        var body = new JsonObject();
        Add(body, question, answer);
        return body;
    }

    /// <summary>Builds the body for a page; see <see cref="BuildPage(IEnumerable{SurveyQuestion}, IReadOnlyDictionary{long, AnswerValue})"/>.</summary>
    /// <param name="page">The page whose questions are answered.</param>
    /// <param name="answers">Answers by question id.</param>
    /// <returns>The submit-page body.</returns>
    /// <exception cref="ArgumentException">An answer does not fit its question, or two answers produce the same key.</exception>
    public static JsonObject BuildPage(RespondentPage page, IReadOnlyDictionary<long, AnswerValue> answers)
    {
        ArgumentNullException.ThrowIfNull(page);
        return BuildPage(page.Questions, answers);
    }

    /// <summary>
    /// Builds the body for a page in question order. Questions without an answer are left out, so the server can report the
    /// required ones; answers for questions not on the page are ignored, so one dictionary can serve every page.
    /// </summary>
    /// <param name="questions">The questions of the page.</param>
    /// <param name="answers">Answers by question id.</param>
    /// <returns>The submit-page body.</returns>
    /// <exception cref="ArgumentException">An answer does not fit its question, or two answers produce the same key.</exception>
    public static JsonObject BuildPage(IEnumerable<SurveyQuestion> questions, IReadOnlyDictionary<long, AnswerValue> answers)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(answers);
        var body = new JsonObject();
        foreach (var question in questions)
        {
            if (answers.TryGetValue(question.Id, out var answer))
            {
                Add(body, question, answer ?? throw new ArgumentException($"Question {question.Id}: the answer is null.", nameof(answers)));
            }
        }

        return body;
    }

    private static void Add(JsonObject body, SurveyQuestion question, AnswerValue answer)
    {
        var formParam = question.FormParam ?? throw new ArgumentException(
            $"Question {question.Id}: it has no formParam, so no submit-page key can be built for it.", nameof(question));
        var writer = new QuestionKeyWriter(body, question, formParam);
        switch (ParamPrefixes.Classify(formParam.ParamPrefix))
        {
            case ParamPrefixKind.SingleChoice:
                AddSingleChoice(writer, answer);
                break;
            case ParamPrefixKind.MultipleChoice:
                AddMultipleChoice(writer, answer);
                break;
            case ParamPrefixKind.Text:
                AddText(writer, answer);
                break;
            case ParamPrefixKind.Rank:
                AddRanks(writer, answer);
                break;
            case ParamPrefixKind.ConstantSum:
                AddConstantSum(writer, answer);
                break;
            case ParamPrefixKind.Other:
                AddOther(writer, answer);
                break;
            case var dateKind:
                AddDate(writer, dateKind, answer);
                break;
        }
    }
}
