using CampaignOrchestrator.Campaigns.Inbound.Messages;
using CampaignOrchestrator.Durable.Serialization;
using CampaignOrchestrator.Integrations.QuestionPro.Respondent;
using static CampaignOrchestrator.Campaigns.Tests.Inbound.InboundDocuments;

namespace CampaignOrchestrator.Campaigns.Tests.Inbound;

/// <summary>The <c>questionpro</c> target: every answer shape and every way to get one wrong.</summary>
public sealed class InboundMessageParserQuestionProTests
{
    private const string Kinds = "answerId, answerIds, text, texts, ranks, amounts, date, rows";
    private const string Id = "expected a positive integer id";

    /// <summary>Each answer as written, and the value it must be read into.</summary>
    public static TheoryData<string, AnswerValue> AnswerShapes() => new()
    {
        { "{\"answerId\": 50001}", AnswerValue.SingleChoice(50001) },
        { "{\"answerId\": 50010, \"otherText\": \"Another reason\"}", AnswerValue.SingleChoice(50010, "Another reason") },
        { "{\"answerIds\": [60003, 60001]}", AnswerValue.MultipleChoice(60003, 60001) },
        { "{\"answerIds\": [60001, 60003], \"otherTexts\": {\"60003\": \"Price\"}}", AnswerValue.MultipleChoice([60001, 60003], new Dictionary<long, string> { [60003] = "Price" }) },
        { "{\"text\": \"Faster support\"}", AnswerValue.FreeText("Faster support") },
        { "{\"text\": \"\"}", AnswerValue.FreeText(string.Empty) },
        { "{\"texts\": {\"70001\": \"Ann\", \"070002\": \"ann@example.com\"}}", AnswerValue.Texts(new Dictionary<long, string> { [70001] = "Ann", [70002] = "ann@example.com" }) },
        { "{\"ranks\": {\"61001\": 1, \"61002\": 3}}", AnswerValue.Ranks(new Dictionary<long, int> { [61001] = 1, [61002] = 3 }) },
        { "{\"amounts\": {\"80001\": 50.5, \"80002\": 0, \"80003\": 1e1}}", AnswerValue.ConstantSum(new Dictionary<long, decimal> { [80001] = 50.5m, [80002] = 0, [80003] = 10 }) },
        { "{\"date\": \"2024-02-29\"}", AnswerValue.Date(new DateOnly(2024, 2, 29)) },
        { "{\"date\": \"2024-05-01\", \"time\": \"18:30\"}", AnswerValue.Date(new DateOnly(2024, 5, 1), new TimeOnly(18, 30)) },
        { "{\"date\": \"2024-05-01\", \"time\": \"07:05:09\"}", AnswerValue.Date(new DateOnly(2024, 5, 1), new TimeOnly(7, 5, 9)) },
        { "{\"rows\": {\"90001\": 91001, \"90002\": 91002}}", AnswerValue.MatrixSingleChoice(new Dictionary<long, long> { [90001] = 91001, [90002] = 91002 }) },
        { "{\"rows\": {\"90001\": [91001, 91002], \"90002\": [91003]}}", AnswerValue.MatrixMultipleChoice(new Dictionary<long, IReadOnlyList<long>> { [90001] = [91001, 91002], [90002] = [91003] }) },
        { "{\"answerId\": 9223372036854775807}", AnswerValue.SingleChoice(long.MaxValue) },
    };

    [Theory]
    [MemberData(nameof(AnswerShapes))]
    public void Parse_AnswerShape_ReadIntoItsValue(string answer, AnswerValue expected)
    {
        var response = Read(Edit(QuestionPro, "$.answers={\"10001\": " + answer + "}"));

        var (questionId, value) = Assert.Single(response.Answers);
        Assert.Equal(10001, questionId);
        Assert.Equal(DataConverter.Serialize(expected), DataConverter.Serialize(value));
    }

    [Fact]
    public void Parse_EveryField_ReadIntoTheResponse()
    {
        var response = Read(QuestionPro);

        Assert.Equal(("qp-1", 1001L), (response.Id, response.SurveyId));
        Assert.Equal([10001L, 10002, 10003, 10004, 10005, 10006, 10007, 10009, 10010, 10011], response.Answers.Keys.Order());
    }

    [Theory]
    [InlineData("{\"answerId\": 0}", "$.answers['10001'].answerId", Id)]
    [InlineData("{\"answerId\": -5}", "$.answers['10001'].answerId", Id)]
    [InlineData("{\"answerId\": \"50001\"}", "$.answers['10001'].answerId", Id)]
    [InlineData("{\"answerId\": 50001.0}", "$.answers['10001'].answerId", Id)]
    [InlineData("{\"answerId\": null}", "$.answers['10001'].answerId", Id)]
    [InlineData("{\"answerId\": 1, \"otherText\": 5}", "$.answers['10001'].otherText", "expected a string")]
    [InlineData("{\"answerId\": 1, \"otherTexts\": {\"1\": \"x\"}}", "$.answers['10001'].otherTexts", "only allowed with answerIds")]
    [InlineData("{\"answerIds\": []}", "$.answers['10001'].answerIds", "expected a non-empty array of answer ids")]
    [InlineData("{\"answerIds\": 60001}", "$.answers['10001'].answerIds", "expected a non-empty array of answer ids")]
    [InlineData("{\"answerIds\": [60001, 60001]}", "$.answers['10001'].answerIds", "answer ids must be unique")]
    [InlineData("{\"answerIds\": [60001, \"x\"]}", "$.answers['10001'].answerIds[1]", Id)]
    [InlineData("{\"answerIds\": [60001], \"otherTexts\": {\"60002\": \"x\"}}", "$.answers['10001'].otherTexts['60002']", "must be one of the chosen answerIds")]
    [InlineData("{\"answerIds\": [60001], \"otherTexts\": {}}", "$.answers['10001'].otherTexts", "at least one entry")]
    [InlineData("{\"answerIds\": [60001], \"otherText\": \"x\"}", "$.answers['10001'].otherText", "only allowed with answerId")]
    [InlineData("{\"text\": 5}", "$.answers['10001'].text", "expected a string")]
    [InlineData("{\"text\": \"x\", \"time\": \"10:00\"}", "$.answers['10001'].time", "only allowed with date")]
    [InlineData("{\"texts\": {}}", "$.answers['10001'].texts", "at least one entry")]
    [InlineData("{\"texts\": [\"Ann\"]}", "$.answers['10001'].texts", "expected an object keyed by answer id")]
    [InlineData("{\"texts\": {\"name\": \"Ann\"}}", "$.answers['10001'].texts.name", "keys are answer ids: positive integers")]
    [InlineData("{\"texts\": {\"70001\": 1}}", "$.answers['10001'].texts['70001']", "expected a string")]
    [InlineData("{\"ranks\": {\"61001\": 0}}", "$.answers['10001'].ranks['61001']", "expected a rank: a positive integer (1 is first)")]
    [InlineData("{\"ranks\": {\"61001\": 2147483648}}", "$.answers['10001'].ranks['61001']", "expected a rank: a positive integer (1 is first)")]
    [InlineData("{\"ranks\": {\"0\": 1}}", "$.answers['10001'].ranks['0']", "keys are answer ids: positive integers")]
    [InlineData("{\"ranks\": {\"61001\": 1, \"061001\": 2}}", "$.answers['10001'].ranks['061001']", "duplicate key")]
    [InlineData("{\"amounts\": {\"80001\": -1}}", "$.answers['10001'].amounts['80001']", "expected an amount: a number, zero or more")]
    [InlineData("{\"amounts\": {\"80001\": \"50\"}}", "$.answers['10001'].amounts['80001']", "expected an amount: a number, zero or more")]
    [InlineData("{\"amounts\": {\"80001\": 1e29}}", "$.answers['10001'].amounts['80001']", "expected an amount: a number, zero or more")]
    [InlineData("{\"date\": \"2024-5-1\"}", "$.answers['10001'].date", "expected a date as yyyy-MM-dd, e.g. 2026-05-01")]
    [InlineData("{\"date\": \"2023-02-29\"}", "$.answers['10001'].date", "expected a date as yyyy-MM-dd, e.g. 2026-05-01")]
    [InlineData("{\"date\": \"2024-05-01T18:30\"}", "$.answers['10001'].date", "expected a date as yyyy-MM-dd, e.g. 2026-05-01")]
    [InlineData("{\"date\": \"2024-05-01\", \"time\": \"6:30\"}", "$.answers['10001'].time", "expected a time as HH:mm (24-hour), e.g. 18:30")]
    [InlineData("{\"date\": \"2024-05-01\", \"time\": \"24:00\"}", "$.answers['10001'].time", "expected a time as HH:mm (24-hour), e.g. 18:30")]
    [InlineData("{\"rows\": {}}", "$.answers['10001'].rows", "at least one entry")]
    [InlineData("{\"rows\": {\"90001\": \"91001\"}}", "$.answers['10001'].rows['90001']", Id)]
    [InlineData("{\"rows\": {\"90001\": [91001], \"90002\": 91002}}", "$.answers['10001'].rows['90002']", "expected a non-empty array of column ids (every row of a multiple-choice matrix is a list)")]
    [InlineData("{\"rows\": {\"90001\": []}}", "$.answers['10001'].rows['90001']", "expected a non-empty array of column ids (every row of a multiple-choice matrix is a list)")]
    [InlineData("{\"rows\": {\"90001\": [0]}}", "$.answers['10001'].rows['90001'][0]", Id)]
    [InlineData("{}", "$.answers['10001']", "expected exactly one of " + Kinds)]
    [InlineData("{\"answerId\": 1, \"text\": \"x\"}", "$.answers['10001']", "expected exactly one of " + Kinds + "; found answerId and text")]
    [InlineData("{\"answerId\": 1, \"colour\": \"blue\"}", "$.answers['10001'].colour", "unknown property")]
    [InlineData("{\"answerId\": 1, \"answerId\": 2}", "$.answers['10001'].answerId", "duplicate property")]
    [InlineData("50001", "$.answers['10001']", "expected an answer object with one of " + Kinds)]
    public void Parse_WrongAnswerShape_ReportedAtItsPathWithTheRule(string answer, string path, string message)
    {
        var failure = Assert.Single(InboundMessageParser.Parse(Edit(QuestionPro, "$.answers={\"10001\": {}}").Replace("{\"10001\":{}}", "{\"10001\": " + answer + "}", StringComparison.Ordinal)).Failures);

        Assert.Equal((path, message), (failure.Path, failure.Message));
    }

    [Theory]
    [InlineData("$.answers={}", "$.answers", "at least one answer, keyed by question id")]
    [InlineData("$.answers=[]", "$.answers", "expected an object keyed by question id")]
    [InlineData("$.answers=-", "$.answers", "required")]
    [InlineData("$.answers={\"q1\": {\"text\": \"x\"}}", "$.answers.q1", "keys are question ids: positive integers")]
    [InlineData("$.answers={\"-1\": {\"text\": \"x\"}}", "$.answers['-1']", "keys are question ids: positive integers")]
    [InlineData("$.answers={\"9223372036854775808\": {\"text\": \"x\"}}", "$.answers['9223372036854775808']", "keys are question ids: positive integers")]
    [InlineData("$.surveyId=0", "$.surveyId", "must be a positive survey id")]
    [InlineData("$.surveyId=\"1001\"", "$.surveyId", "expected an integer")]
    [InlineData("$.surveyId=1001.5", "$.surveyId", "expected an integer")]
    [InlineData("$.surveyId=-", "$.surveyId", "required")]
    [InlineData("$.campaign=\"x\"", "$.campaign", "unknown property")]
    [InlineData("$.SurveyId=1", "$.SurveyId", "unknown property; did you mean surveyId?")]
    public void Parse_BrokenResponseRule_ReportedAtItsPath(string edits, string path, string message)
    {
        var failure = Assert.Single(InboundMessageParser.Parse(Edit(QuestionPro, edits)).Failures);

        Assert.Equal((path, message), (failure.Path, failure.Message));
    }

    [Fact]
    public void Parse_ProblemsInSeveralAnswers_AllReported()
    {
        var result = InboundMessageParser.Parse(Edit(QuestionPro, "$.answers.10001.answerId=0|$.answers.10003.text=1|$.answers.10004.ranks.61001=0"));

        Assert.Equal(["$.answers['10001'].answerId", "$.answers['10003'].text", "$.answers['10004'].ranks['61001']"], result.Failures.Select(f => f.Path));
    }

    private static QuestionProInboundResponse Read(string json) =>
        Assert.IsType<QuestionProInboundResponse>(Assert.Single(InboundMessageParserFormTests.Valid(json).Responses));
}
