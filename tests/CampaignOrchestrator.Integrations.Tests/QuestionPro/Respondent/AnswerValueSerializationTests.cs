using System.Text.Json;
using CampaignOrchestrator.Integrations.QuestionPro.Respondent;

namespace CampaignOrchestrator.Integrations.Tests.QuestionPro.Respondent;

public sealed class AnswerValueSerializationTests
{
    [Fact]
    public void Serialize_EveryKind_RoundTripsToSameSubmitKeys()
    {
        var answers = new Dictionary<long, AnswerValue>
        {
            [1] = AnswerValue.SingleChoice(11, "other"),
            [2] = AnswerValue.MultipleChoice([21, 22], new Dictionary<long, string> { [22] = "more" }),
            [3] = AnswerValue.FreeText("text"),
            [4] = AnswerValue.Texts(new Dictionary<long, string> { [41] = "a", [42] = "b" }),
            [5] = AnswerValue.Ranks(new Dictionary<long, int> { [51] = 2, [52] = 1 }),
            [6] = AnswerValue.ConstantSum(new Dictionary<long, decimal> { [61] = 12.5m, [62] = 87.5m }),
            [7] = AnswerValue.Date(new DateOnly(2024, 6, 15), new TimeOnly(22, 45)),
            [8] = AnswerValue.MatrixSingleChoice(new Dictionary<long, long> { [81] = 801 }),
            [9] = AnswerValue.MatrixMultipleChoice(new Dictionary<long, IReadOnlyList<long>> { [91] = [901, 902] }),
        };
        SurveyQuestion[] page =
        [
            SurveyQuestions.ByQuestionId(1, "u_", 11),
            SurveyQuestions.ByQuestionId(2, "m_", 21, 22),
            SurveyQuestions.ByQuestionId(3, "t_"),
            SurveyQuestions.ByAnswerId(4, "t_", 41, 42),
            SurveyQuestions.ByAnswerId(5, "r_", 51, 52),
            SurveyQuestions.ByAnswerId(6, "s_", 61, 62),
            SurveyQuestions.ByQuestionId(7, "dt_"),
            SurveyQuestions.ByAnswerId(8, "u_", 81),
            SurveyQuestions.ByAnswerId(9, "m_", 91),
        ];

        var json = JsonSerializer.Serialize(answers);
        var restored = JsonSerializer.Deserialize<Dictionary<long, AnswerValue>>(json)!;

        Assert.Equal(AnswerKeyBuilder.BuildPage(page, answers).ToJsonString(), AnswerKeyBuilder.BuildPage(page, restored).ToJsonString());
        Assert.Equal(answers.Values.Select(answer => answer.GetType()), restored.Values.Select(answer => answer.GetType()));
    }

    [Fact]
    public void Serialize_SingleChoice_UsesKindDiscriminator() => Assert.Equal(
        """{"kind":"singleChoice","AnswerId":5,"OtherText":null}""",
        JsonSerializer.Serialize<AnswerValue>(AnswerValue.SingleChoice(5)));
}
