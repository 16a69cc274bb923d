using CampaignOrchestrator.Integrations.QuestionPro.Respondent;

namespace CampaignOrchestrator.Integrations.Tests.QuestionPro.Respondent;

public sealed class AnswerKeyBuilderChoiceTests
{
    private static readonly SurveyQuestion Satisfaction = SurveyQuestions.ByQuestionId(10001, "u_", 50001, 50002, 50003, 50099);
    private static readonly SurveyQuestion Features = SurveyQuestions.ByQuestionId(10002, "m_", 60001, 60002, 60003);

    [Fact]
    public void Build_SingleChoiceSeed_WritesAnswerIdAsString() =>
        JsonAssert.Equal(SubmitPageRequestSeed.SingleChoice, AnswerKeyBuilder.Build(Satisfaction, AnswerValue.SingleChoice(50002)));

    [Fact]
    public void Build_SingleChoiceWithOtherTextSeed_AlsoWritesTextKeyOfChosenAnswer() => JsonAssert.Equal(
        SubmitPageRequestSeed.SingleChoiceWithOtherText,
        AnswerKeyBuilder.Build(Satisfaction, AnswerValue.SingleChoice(50099, "Other — please specify: My custom answer")));

    [Fact]
    public void Build_MultipleChoiceSeed_WritesArrayOfAnswerIdStrings() => JsonAssert.Equal(
        SubmitPageRequestSeed.MultipleChoice,
        AnswerKeyBuilder.Build(Features, AnswerValue.MultipleChoice(60001, 60003)));

    [Fact]
    public void Build_MultipleChoiceWithOtherText_WritesTextKeyAfterChoices() => JsonAssert.Equal(
        """{"m_10002": ["60003", "60001"], "t_60003": "Zapier"}""",
        AnswerKeyBuilder.Build(Features, AnswerValue.MultipleChoice([60003, 60001], new Dictionary<long, string> { [60003] = "Zapier" })));

    [Fact]
    public void BuildPage_SingleChoiceRowsSeedAsSeparateQuestions_ReproducesSeed()
    {
        SurveyQuestion[] rows = [.. new long[] { 10010, 10011, 10012 }.Select(id => SurveyQuestions.ByQuestionId(id, "u_", 20001, 20002, 20003))];
        var answers = new Dictionary<long, AnswerValue>
        {
            [10012] = AnswerValue.SingleChoice(20002),
            [10010] = AnswerValue.SingleChoice(20001),
            [10011] = AnswerValue.SingleChoice(20003),
        };

        JsonAssert.Equal(SubmitPageRequestSeed.SingleChoiceRows, AnswerKeyBuilder.BuildPage(rows, answers));
    }

    [Fact]
    public void Build_SingleChoiceRowsSeedAsMatrixKeyedByAnswerId_ReproducesSeed()
    {
        var matrix = SurveyQuestions.ByAnswerId(1001, "u_", 10010, 10011, 10012);
        var answer = AnswerValue.MatrixSingleChoice(new Dictionary<long, long> { [10012] = 20002, [10011] = 20003, [10010] = 20001 });

        JsonAssert.Equal(SubmitPageRequestSeed.SingleChoiceRows, AnswerKeyBuilder.Build(matrix, answer));
    }

    [Fact]
    public void BuildPage_MultipleChoiceRowsSeedAsSeparateQuestions_ReproducesSeed()
    {
        SurveyQuestion[] rows = [.. new long[] { 10010, 10011, 10012 }.Select(id => SurveyQuestions.ByQuestionId(id, "m_", 20001, 20002, 20003))];
        var answers = new Dictionary<long, AnswerValue>
        {
            [10010] = AnswerValue.MultipleChoice(20001, 20002),
            [10011] = AnswerValue.MultipleChoice(20003),
        };

        JsonAssert.Equal(SubmitPageRequestSeed.MultipleChoiceRows, AnswerKeyBuilder.BuildPage(rows, answers));
    }

    [Fact]
    public void Build_MultipleChoiceRowsSeedAsMatrixKeyedByAnswerId_ReproducesSeed()
    {
        var matrix = SurveyQuestions.ByAnswerId(1002, "m_", 10010, 10011, 10012);
        var answer = AnswerValue.MatrixMultipleChoice(new Dictionary<long, IReadOnlyList<long>> { [10011] = [20003], [10010] = [20001, 20002] });

        JsonAssert.Equal(SubmitPageRequestSeed.MultipleChoiceRows, AnswerKeyBuilder.Build(matrix, answer));
    }

    [Fact]
    public void Build_QuestionTypeDisagreesWithFormParam_FollowsFormParam()
    {
        var question = SurveyQuestions.Create(10001, "u_", "questionId", [50001, 50002], type: "M");

        JsonAssert.Equal("""{"u_10001": "50002"}""", AnswerKeyBuilder.Build(question, AnswerValue.SingleChoice(50002)));
    }

    [Fact]
    public void Build_SingleChoiceForQuestionListingNoAnswers_LeavesIdCheckToServer()
    {
        var page = RespondentPageParser.Parse(SubmitPageResponseSeed.ValidationErrors);

        JsonAssert.Equal("""{"u_10001": "50002"}""", AnswerKeyBuilder.Build(page.Questions.Single(), AnswerValue.SingleChoice(50002)));
    }
}
