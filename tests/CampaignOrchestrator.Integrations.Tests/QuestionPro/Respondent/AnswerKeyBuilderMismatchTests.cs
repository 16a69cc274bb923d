using System.Text.Json.Nodes;
using CampaignOrchestrator.Integrations.QuestionPro.Respondent;

namespace CampaignOrchestrator.Integrations.Tests.QuestionPro.Respondent;

public sealed class AnswerKeyBuilderMismatchTests
{
    private static readonly SurveyQuestion Single = SurveyQuestions.ByQuestionId(10001, "u_", 50001, 50002);
    private static readonly SurveyQuestion Multiple = SurveyQuestions.ByQuestionId(10002, "m_", 60001, 60002, 60003);
    private static readonly SurveyQuestion Rank = SurveyQuestions.ByAnswerId(10005, "r_", 60001, 60002);
    private static readonly SurveyQuestion Sum = SurveyQuestions.ByAnswerId(10006, "s_", 80010, 80011);
    private static readonly SurveyQuestion Contact = SurveyQuestions.ByAnswerId(10004, "t_", 80001, 80002);

    public static TheoryData<SurveyQuestion, AnswerValue, string> Mismatches => new()
    {
        {
            Single, AnswerValue.MultipleChoice(50001, 50002),
            "Question 10001 (paramPrefix 'u_', paramIdType 'questionId'): this prefix takes one answer id (SingleChoice, or MatrixSingleChoice when keyed by answer id), but a MultipleChoiceAnswer was supplied."
        },
        {
            Single, AnswerValue.SingleChoice(59999),
            "Question 10001 (paramPrefix 'u_', paramIdType 'questionId'): answer id 59999 is not one of the question's answer ids (50001, 50002)."
        },
        {
            SurveyQuestions.ByAnswerId(10001, "u_", 50001), AnswerValue.SingleChoice(50001),
            "Question 10001 (paramPrefix 'u_', paramIdType 'answerId'): this answer is keyed by the question id, which needs paramIdType questionId."
        },
        {
            Single, AnswerValue.MatrixSingleChoice(new Dictionary<long, long> { [50001] = 1 }),
            "Question 10001 (paramPrefix 'u_', paramIdType 'questionId'): values per answer id need paramIdType answerId."
        },
        {
            Multiple, AnswerValue.MultipleChoice(),
            "Question 10002 (paramPrefix 'm_', paramIdType 'questionId'): no answer ids were supplied; leave the question out to skip it."
        },
        {
            Multiple, AnswerValue.MultipleChoice(60001, 60001),
            "Question 10002 (paramPrefix 'm_', paramIdType 'questionId'): the answer ids contain duplicates."
        },
        {
            Multiple, AnswerValue.MultipleChoice(60001, 69999),
            "Question 10002 (paramPrefix 'm_', paramIdType 'questionId'): answer id 69999 is not one of the question's answer ids (60001, 60002, 60003)."
        },
        {
            Multiple, AnswerValue.MultipleChoice([60001], new Dictionary<long, string> { [60002] = "x" }),
            "Question 10002 (paramPrefix 'm_', paramIdType 'questionId'): other text is given for answer id 60002, which is not among the chosen answers."
        },
        {
            Multiple, AnswerValue.SingleChoice(60001),
            "Question 10002 (paramPrefix 'm_', paramIdType 'questionId'): this prefix takes a list of answer ids (MultipleChoice, or MatrixMultipleChoice when keyed by answer id), but a SingleChoiceAnswer was supplied."
        },
        {
            Contact, AnswerValue.FreeText("which field?"),
            "Question 10004 (paramPrefix 't_', paramIdType 'answerId'): a single value is keyed by the question's only answer id, but the question has 2 answers; supply a value per answer id."
        },
        {
            SurveyQuestions.ByQuestionId(10003, "t_"), AnswerValue.Texts(new Dictionary<long, string> { [1] = "a" }),
            "Question 10003 (paramPrefix 't_', paramIdType 'questionId'): values per answer id need paramIdType answerId."
        },
        {
            Contact, AnswerValue.Texts(new Dictionary<long, string>()),
            "Question 10004 (paramPrefix 't_', paramIdType 'answerId'): no answer ids were supplied; leave the question out to skip it."
        },
        {
            Rank, AnswerValue.Ranks(new Dictionary<long, int> { [60001] = 1, [60009] = 2 }),
            "Question 10005 (paramPrefix 'r_', paramIdType 'answerId'): answer id 60009 is not one of the question's answer ids (60001, 60002)."
        },
        {
            Rank, AnswerValue.Ranks(new Dictionary<long, int> { [60001] = 0 }),
            "Question 10005 (paramPrefix 'r_', paramIdType 'answerId'): rank 0 for answer id 60001 is not a positive rank (1 is the first)."
        },
        {
            Rank, AnswerValue.ConstantSum(new Dictionary<long, decimal> { [60001] = 1 }),
            "Question 10005 (paramPrefix 'r_', paramIdType 'answerId'): this prefix takes ranks per answer id (Ranks), but a ConstantSumAnswer was supplied."
        },
        {
            Sum, AnswerValue.ConstantSum(new Dictionary<long, decimal> { [80010] = -2.5m }),
            "Question 10006 (paramPrefix 's_', paramIdType 'answerId'): amount -2.5 for answer id 80010 is negative."
        },
        {
            Sum, AnswerValue.Ranks(new Dictionary<long, int> { [80010] = 1 }),
            "Question 10006 (paramPrefix 's_', paramIdType 'answerId'): this prefix takes amounts per answer id (ConstantSum), but a RanksAnswer was supplied."
        },
        {
            SurveyQuestions.ByQuestionId(90001, "dt_"), AnswerValue.FreeText("2024-06-15"),
            "Question 90001 (paramPrefix 'dt_', paramIdType 'questionId'): this prefix takes a date (Date), but a FreeTextAnswer was supplied."
        },
        {
            SurveyQuestions.ByQuestionId(10007, "nps_"), AnswerValue.Date(new DateOnly(2024, 6, 15)),
            "Question 10007 (paramPrefix 'nps_', paramIdType 'questionId'): this prefix takes a scalar value because the prefix is unknown (FreeText, Texts, or SingleChoice without other text), but a DateAnswer was supplied."
        },
        {
            SurveyQuestions.Create(10008, "t_", "rowId", []), AnswerValue.FreeText("x"),
            "Question 10008 (paramPrefix 't_', paramIdType 'rowId'): the paramIdType is not supported."
        },
    };

    [Theory]
    [MemberData(nameof(Mismatches))]
    public void Build_AnswerNotFittingQuestion_ThrowsArgumentExceptionNamingQuestionAndRule(SurveyQuestion question, AnswerValue answer, string message)
    {
        var exception = Assert.Throws<ArgumentException>(() => AnswerKeyBuilder.Build(question, answer));

        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public void Build_QuestionWithoutFormParam_ThrowsNamingQuestion()
    {
        var question = SurveyQuestions.FromJson(new JsonObject { ["id"] = 3, ["type"] = "PRESENTATION" });

        var exception = Assert.Throws<ArgumentException>(() => AnswerKeyBuilder.Build(question, AnswerValue.FreeText("x")));

        Assert.StartsWith("Question 3: it has no formParam, so no submit-page key can be built for it.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildPage_MismatchOnSecondQuestion_ThrowsNamingThatQuestion()
    {
        var answers = new Dictionary<long, AnswerValue>
        {
            [10001] = AnswerValue.SingleChoice(50001),
            [10002] = AnswerValue.SingleChoice(60001),
        };

        var exception = Assert.Throws<ArgumentException>(() => AnswerKeyBuilder.BuildPage([Single, Multiple], answers));

        Assert.StartsWith("Question 10002 (paramPrefix 'm_'", exception.Message, StringComparison.Ordinal);
    }
}
