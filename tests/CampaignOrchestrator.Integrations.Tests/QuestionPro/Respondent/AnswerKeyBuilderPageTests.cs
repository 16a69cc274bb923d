using CampaignOrchestrator.Integrations.QuestionPro.Respondent;

namespace CampaignOrchestrator.Integrations.Tests.QuestionPro.Respondent;

public sealed class AnswerKeyBuilderPageTests
{
    private static readonly SurveyQuestion[] CombinedPage =
    [
        SurveyQuestions.ByQuestionId(10001, "u_", 50001, 50002, 50003),
        SurveyQuestions.ByQuestionId(10002, "m_", 60001, 60002, 60003),
        SurveyQuestions.ByAnswerId(10003, "t_", 70001),
        SurveyQuestions.ByAnswerId(10004, "t_", 80001, 80002),
        SurveyQuestions.ByAnswerId(10005, "r_", 60001, 60002, 60003),
        SurveyQuestions.ByAnswerId(10006, "s_", 80010, 80011, 80012),
        SurveyQuestions.ByQuestionId(90001, "dt_"),
    ];

    private static readonly Dictionary<long, AnswerValue> CombinedAnswers = new()
    {
        [90001] = AnswerValue.Date(new DateOnly(2024, 6, 15)),
        [10006] = AnswerValue.ConstantSum(new Dictionary<long, decimal> { [80010] = 50, [80011] = 30, [80012] = 20 }),
        [10005] = AnswerValue.Ranks(new Dictionary<long, int> { [60002] = 2, [60001] = 1 }),
        [10004] = AnswerValue.Texts(new Dictionary<long, string> { [80001] = "My name", [80002] = "[email protected]" }),
        [10003] = AnswerValue.FreeText("Additional comments here"),
        [10002] = AnswerValue.MultipleChoice(60001, 60003),
        [10001] = AnswerValue.SingleChoice(50002),
    };

    [Fact]
    public void BuildPage_CombinedSeed_ReproducesKeysValuesAndOrder() =>
        JsonAssert.Equal(SubmitPageRequestSeed.Combined, AnswerKeyBuilder.BuildPage(CombinedPage, CombinedAnswers));

    [Fact]
    public void BuildPage_UnansweredQuestions_AreLeftOut()
    {
        var answers = new Dictionary<long, AnswerValue> { [10003] = AnswerValue.FreeText("Only this") };

        JsonAssert.Equal("""{"t_70001": "Only this"}""", AnswerKeyBuilder.BuildPage(CombinedPage, answers));
    }

    [Fact]
    public void BuildPage_AnswersForQuestionsOnOtherPages_AreIgnored()
    {
        var page = RespondentPageParser.Parse(TakeResponseSeed.FirstPage);
        var wholeSurvey = new Dictionary<long, AnswerValue>(CombinedAnswers) { [10001] = AnswerValue.SingleChoice(50004) };

        JsonAssert.Equal("""{"u_10001": "50004"}""", AnswerKeyBuilder.BuildPage(page, wholeSurvey));
    }

    [Fact]
    public void BuildPage_ParsedFinalPageSeed_KeysTextByItsAnswerId()
    {
        var page = RespondentPageParser.Parse(SubmitPageResponseSeed.FinalPage);
        var answers = new Dictionary<long, AnswerValue> { [10099] = AnswerValue.FreeText("Great service!") };

        JsonAssert.Equal("""{"t_99001": "Great service!"}""", AnswerKeyBuilder.BuildPage(page, answers));
    }

    [Fact]
    public void BuildPage_NoAnswers_ReturnsEmptyObject() =>
        JsonAssert.Equal("{}", AnswerKeyBuilder.BuildPage(CombinedPage, new Dictionary<long, AnswerValue>()));

    [Fact]
    public void BuildPage_TwoQuestionsProducingSameKey_ThrowsNamingSecondQuestionAndKey()
    {
        SurveyQuestion[] questions =
        [
            SurveyQuestions.ByQuestionId(10001, "u_", 50099),
            SurveyQuestions.ByAnswerId(10002, "t_", 50099),
        ];
        var answers = new Dictionary<long, AnswerValue>
        {
            [10001] = AnswerValue.SingleChoice(50099, "other"),
            [10002] = AnswerValue.FreeText("clash"),
        };

        var exception = Assert.Throws<ArgumentException>(() => AnswerKeyBuilder.BuildPage(questions, answers));

        Assert.Equal(
            "Question 10002 (paramPrefix 't_', paramIdType 'answerId'): key 't_50099' is already set by another answer on this page.",
            exception.Message);
    }

    [Fact]
    public void Build_CalledTwice_ReturnsIndependentObjects()
    {
        var question = CombinedPage[1];
        var first = AnswerKeyBuilder.Build(question, AnswerValue.MultipleChoice(60001));
        var second = AnswerKeyBuilder.Build(question, AnswerValue.MultipleChoice(60002));

        JsonAssert.Equal("""{"m_10002": ["60001"]}""", first);
        JsonAssert.Equal("""{"m_10002": ["60002"]}""", second);
    }
}
