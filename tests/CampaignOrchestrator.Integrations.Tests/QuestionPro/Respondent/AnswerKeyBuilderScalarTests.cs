using System.Globalization;
using CampaignOrchestrator.Integrations.QuestionPro.Respondent;

namespace CampaignOrchestrator.Integrations.Tests.QuestionPro.Respondent;

public sealed class AnswerKeyBuilderScalarTests
{
    [Fact]
    public void Build_FreeTextKeyedByAnswerId_UsesTheOnlyAnswerId() => JsonAssert.Equal(
        SubmitPageRequestSeed.Text,
        AnswerKeyBuilder.Build(SurveyQuestions.ByAnswerId(10003, "t_", 70001), AnswerValue.FreeText("This is my open-ended response")));

    [Fact]
    public void Build_FreeTextKeyedByQuestionId_UsesQuestionId() => JsonAssert.Equal(
        """{"t_10003": "Fine"}""",
        AnswerKeyBuilder.Build(SurveyQuestions.ByQuestionId(10003, "t_"), AnswerValue.FreeText("Fine")));

    [Fact]
    public void Build_TextsPerAnswerId_WritesKeysInQuestionAnswerOrder() => JsonAssert.Equal(
        """{"t_80001": "My name", "t_80002": "me@example.com"}""",
        AnswerKeyBuilder.Build(
            SurveyQuestions.ByAnswerId(10004, "t_", 80001, 80002, 80003),
            AnswerValue.Texts(new Dictionary<long, string> { [80002] = "me@example.com", [80001] = "My name" })));

    [Fact]
    public void Build_RanksSeed_WritesRanksAsStringsInQuestionAnswerOrder() => JsonAssert.Equal(
        SubmitPageRequestSeed.Ranks,
        AnswerKeyBuilder.Build(
            SurveyQuestions.ByAnswerId(10005, "r_", 60001, 60002, 60003),
            AnswerValue.Ranks(new Dictionary<long, int> { [60003] = 2, [60001] = 1, [60002] = 3 })));

    [Fact]
    public void Build_ConstantSumSeed_WritesAmountsAsStrings() => JsonAssert.Equal(
        SubmitPageRequestSeed.ConstantSum,
        AnswerKeyBuilder.Build(
            SurveyQuestions.ByAnswerId(10006, "s_", 80001, 80002, 80003),
            AnswerValue.ConstantSum(new Dictionary<long, decimal> { [80001] = 40, [80002] = 35, [80003] = 25 })));

    [Fact]
    public void Build_ConstantSumFractionsUnderCommaCulture_UsesInvariantPlainNumbers()
    {
        var question = SurveyQuestions.ByAnswerId(10006, "s_", 1, 2, 3, 4, 5);
        var amounts = new Dictionary<long, decimal> { [1] = 12.5m, [2] = 40.000m, [3] = 0.0000001m, [4] = 1E+20m, [5] = 0m };
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            JsonAssert.Equal(
                """{"s_1": "12.5", "s_2": "40", "s_3": "0.0000001", "s_4": "100000000000000000000", "s_5": "0"}""",
                AnswerKeyBuilder.Build(question, AnswerValue.ConstantSum(amounts)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Build_UnknownPrefixWithFreeText_WritesPrefixAndQuestionId() => JsonAssert.Equal(
        """{"nps_10007": "9"}""",
        AnswerKeyBuilder.Build(SurveyQuestions.ByQuestionId(10007, "nps_"), AnswerValue.FreeText("9")));

    [Fact]
    public void Build_UnknownPrefixWithSingleChoice_WritesAnswerIdUnderQuestionKey() => JsonAssert.Equal(
        """{"slider_10008": "3"}""",
        AnswerKeyBuilder.Build(SurveyQuestions.ByQuestionId(10008, "slider_", 1, 2, 3), AnswerValue.SingleChoice(3)));

    [Fact]
    public void Build_UnknownPrefixWithTextsKeyedByAnswerId_WritesEachAnswerKey() => JsonAssert.Equal(
        """{"x_1": "a", "x_2": "b"}""",
        AnswerKeyBuilder.Build(
            SurveyQuestions.ByAnswerId(10009, "x_", 1, 2),
            AnswerValue.Texts(new Dictionary<long, string> { [2] = "b", [1] = "a" })));

    [Fact]
    public void Build_UppercasePrefix_IsRecognisedAndKeptAsSent() => JsonAssert.Equal(
        """{"M_10002": ["60001"]}""",
        AnswerKeyBuilder.Build(SurveyQuestions.ByQuestionId(10002, "M_", 60001), AnswerValue.MultipleChoice(60001)));
}
