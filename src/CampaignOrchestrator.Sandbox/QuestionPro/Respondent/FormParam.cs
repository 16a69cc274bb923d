using System.Globalization;
using CampaignOrchestrator.Sandbox.Data;

namespace CampaignOrchestrator.Sandbox.QuestionPro.Respondent;

/// <summary>
/// The <c>formParam</c> of a question (<c>paramPrefix</c> + <c>paramIdType</c>) and the answer keys it implies.
/// The page JSON and the submit-page validation both come from here, so they cannot disagree.
/// </summary>
internal sealed record FormParam(string ParamPrefix, string ParamIdType)
{
    public const string QuestionId = "questionId";
    public const string AnswerId = "answerId";

    /// <summary>The date parts a D question submits as <c>dt_{part}_{questionId}</c>.</summary>
    public static readonly IReadOnlyList<string> DateParts = ["day", "month", "year"];

    /// <summary>The extra parts of a D question with <c>includeTime</c>.</summary>
    public static readonly IReadOnlyList<string> TimeParts = ["hr", "min", "ampm"];

    public static FormParam Of(QuestionData question) => question.Type switch
    {
        "U" => new("u_", QuestionId),
        "M" => new("m_", QuestionId),
        "T" => new("t_", AnswerId),
        "R" => new("r_", AnswerId),
        "S" => new("s_", AnswerId),
        "D" => new("dt_", QuestionId),
        "C" => new("dt_cal_", QuestionId),
        _ => throw new InvalidOperationException($"Question {question.Id} has the unsupported type '{question.Type}'."),
    };

    /// <summary>Every body key this question accepts (the keys of "other" answers' text included).</summary>
    public static IEnumerable<string> KeysOf(QuestionData question)
    {
        var param = Of(question);
        if (question.Type == "D")
        {
            return DatePartsOf(question).Select(part => DateKey(part, question.Id));
        }

        if (param.ParamIdType == AnswerId)
        {
            return question.Answers.Select(answer => Key(param.ParamPrefix, answer.Id));
        }

        return question.Answers
            .Where(answer => answer.IsOther)
            .Select(answer => Key("t_", answer.Id))
            .Prepend(Key(param.ParamPrefix, question.Id));
    }

    public static IReadOnlyList<string> DatePartsOf(QuestionData question) =>
        question.IncludeTime ? [.. DateParts, .. TimeParts] : DateParts;

    public static string DateKey(string part, long questionId) => Key($"dt_{part}_", questionId);

    public static string Key(string prefix, long id) => prefix + id.ToString(CultureInfo.InvariantCulture);
}
