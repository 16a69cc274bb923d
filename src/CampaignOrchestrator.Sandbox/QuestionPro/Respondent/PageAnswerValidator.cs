using System.Globalization;
using CampaignOrchestrator.Sandbox.Data;

namespace CampaignOrchestrator.Sandbox.QuestionPro.Respondent;

/// <summary>The answer rules of each question type; a failure repeats the page with <c>validation_errors</c>.</summary>
internal static class PageAnswerValidator
{
    public const string Required = "This question is required.";

    public static IReadOnlyList<ValidationErrorPayload> Validate(PageData page, SubmittedAnswers answers) =>
        [.. page.Questions
            .Select(question => (question.Id, Message: Check(question, answers)))
            .Where(check => check.Message is not null)
            .Select(check => new ValidationErrorPayload(check.Id, check.Message!))];

    /// <summary>The chosen answer that ends the survey, with its question, if any.</summary>
    public static (QuestionData Question, AnswerData Answer)? TerminatingChoice(PageData page, SubmittedAnswers answers)
    {
        foreach (var question in page.Questions.Where(question => question.Type is "U" or "M"))
        {
            IReadOnlyList<string> chosen = question.Type == "M"
                ? answers.List(FormParam.Key("m_", question.Id))
                : answers.Text(FormParam.Key("u_", question.Id)) is { } single ? [single] : [];
            if (question.Answers.FirstOrDefault(answer => answer.Terminates && chosen.Contains(IdText(answer))) is { } answer)
            {
                return (question, answer);
            }
        }

        return null;
    }

    private static string? Check(QuestionData question, SubmittedAnswers answers) => question.Type switch
    {
        "U" => CheckSingleChoice(question, answers.Text(FormParam.Key("u_", question.Id))),
        "M" => CheckMultipleChoice(question, answers.List(FormParam.Key("m_", question.Id))),
        "T" => CheckText(question, answers),
        "R" => CheckRank(question, answers),
        "S" => CheckConstantSum(question, answers),
        "D" => DateAnswerRules.CheckDate(question, answers),
        _ => DateAnswerRules.CheckCalendarDate(question, answers.Text(FormParam.Key("dt_cal_", question.Id))),
    };

    private static string? CheckSingleChoice(QuestionData question, string? chosen) => chosen switch
    {
        null => question.Required ? Required : null,
        _ when !question.Answers.Any(answer => IdText(answer) == chosen) => $"'{chosen}' is not an answer of this question.",
        _ => null,
    };

    private static string? CheckMultipleChoice(QuestionData question, IReadOnlyList<string> chosen)
    {
        if (chosen.Count == 0)
        {
            return question.Required ? Required : null;
        }

        var unknown = chosen.FirstOrDefault(id => !question.Answers.Any(answer => IdText(answer) == id));
        return unknown is not null ? $"'{unknown}' is not an answer of this question."
            : chosen.Distinct().Count() != chosen.Count ? "Each answer may be chosen only once."
            : null;
    }

    private static string? CheckText(QuestionData question, SubmittedAnswers answers) =>
        question.Required && question.Answers.Any(answer => answers.Text(FormParam.Key("t_", answer.Id)) is null) ? Required : null;

    private static string? CheckRank(QuestionData question, SubmittedAnswers answers)
    {
        var ranks = question.Answers.Select(answer => answers.Text(FormParam.Key("r_", answer.Id))).ToList();
        if (ranks.All(rank => rank is null))
        {
            return question.Required ? Required : null;
        }

        var count = question.Answers.Count;
        var numbers = ranks.Select(rank => int.TryParse(rank, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0).ToList();
        return numbers.Order().SequenceEqual(Enumerable.Range(1, count))
            ? null
            : $"Rank every option exactly once: the ranks must be a permutation of 1..{count}.";
    }

    private static string? CheckConstantSum(QuestionData question, SubmittedAnswers answers)
    {
        var values = question.Answers.Select(answer => answers.Text(FormParam.Key("s_", answer.Id))).ToList();
        if (values.All(value => value is null))
        {
            return question.Required ? Required : null;
        }

        var sum = 0m;
        foreach (var value in values.OfType<string>())
        {
            if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) || number < 0)
            {
                return $"'{value}' is not a number of at least 0.";
            }

            sum += number;
        }

        var total = question.Total ?? 0;
        return sum == total
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"The values must add up to {total} (they add up to {sum}).");
    }

    private static string IdText(AnswerData answer) => answer.Id.ToString(CultureInfo.InvariantCulture);
}
