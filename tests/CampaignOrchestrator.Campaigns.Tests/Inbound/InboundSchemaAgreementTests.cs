using CampaignOrchestrator.Campaigns.Inbound.Messages;
using static CampaignOrchestrator.Campaigns.Tests.Inbound.InboundDocuments;

namespace CampaignOrchestrator.Campaigns.Tests.Inbound;

/// <summary>The JSON Schema and the parser accept and refuse the same messages (validated with JsonSchema.Net).</summary>
public sealed class InboundSchemaAgreementTests
{
    private const string Answer10001 = "$.answers={\"10001\": ";

    /// <summary>Messages both must accept.</summary>
    public static TheoryData<string> ValidMessages()
    {
        string[] messages =
        [
            SatisMeter,
            QuestionPro,
            Array(SatisMeter, QuestionPro),
            Envelope("batch-2026-05-01.7", SatisMeter, QuestionPro),
            Envelope(null, QuestionPro),
            "{\"messageId\": null, \"responses\": [" + SatisMeter + "]}",
            .. Edits(SatisMeter,
                "$.id=-", "$.id=null", "$.project=-|$.method=-|$.traits=-", "$.project=null|$.method=null|$.traits=null",
                "$.method=\"In-App\"", "$.method=\"Email\"", "$.userId=-|$.anonymousId=\"visitor-9\"", "$.userId=null|$.anonymousId=\"v\"",
                "$.userId=42", "$.userId=-|$.anonymousId=1.5", "$.answers[0].value=-3", "$.answers[0].value=9223372036854775807",
                "$.answers[0].value=\" x \"", "$.traits={}", "$.traits={\"nested\": {\"list\": [1, {\"password\": \"theirs\"}]}}",
                "$.id=\"sha256:0123456789abcdef0123456789abcdef\"", "$.id=\"a\"", "$.campaign=\" c \""),
            .. Edits(QuestionPro,
                "$.id=-", "$.id=null", "$.surveyId=9223372036854775807",
                "$.id=\"" + new string('x', InboundLimits.MaxIdLength) + "\"",
                "$.answers={\"0010001\": {\"text\": \"\"}}", "$.answers={\"9223372036854775807\": {\"text\": \"x\"}}",
                Answer10001 + "{\"answerId\": 1, \"otherText\": \"\"}}", Answer10001 + "{\"answerIds\": [1], \"otherTexts\": {\"01\": \"x\"}}}",
                Answer10001 + "{\"date\": \"2024-02-29\"}}", Answer10001 + "{\"date\": \"0001-01-01\", \"time\": \"23:59:59\"}}",
                Answer10001 + "{\"date\": \"9999-12-31\", \"time\": \"00:00\"}}", Answer10001 + "{\"amounts\": {\"1\": 0, \"2\": 1e28, \"3\": 0.001}}}",
                Answer10001 + "{\"ranks\": {\"1\": 2147483647}}}", Answer10001 + "{\"rows\": {\"1\": [2, 2]}}}",
                Answer10001 + "{\"texts\": {\"1\": \"\"}}}"),
        ];

        return new(messages);
    }

    /// <summary>Messages both must refuse.</summary>
    public static TheoryData<string> InvalidMessages()
    {
        string[] messages =
        [
            "\"responses\"", "42", "null", "[]", "[5]", "{}", "{\"responses\": []}", "{\"responses\": null}", "{\"responses\": {}}",
            "{\"messageId\": \"m 1\", \"responses\": [" + SatisMeter + "]}",
            "{\"messageId\": \"m-1\\n\", \"responses\": [" + SatisMeter + "]}",
            "{\"messageId\": 7, \"responses\": [" + SatisMeter + "]}",
            "{\"responses\": [" + SatisMeter + "], \"colour\": \"blue\"}",
            "{\"responses\": [" + SatisMeter + "], \"writeKey\": \"k\"}",
            Array(SatisMeter, "5"),
            .. Edits(SatisMeter,
                "$.target=-", "$.target=\"SatisMeter\"", "$.target=\"questionpro\"", "$.target=null",
                "$.id=\"\"", "$.id=\"a b\"", "$.id=\"a\\n\"", "$.id=7", "$.id=\"" + new string('x', InboundLimits.MaxIdLength + 1) + "\"",
                "$.writeKey=\"k\"", "$.apiKey=\"k\"", "$.colour=\"blue\"", "$.surveyId=1",
                "$.anonymousId=\"v\"", "$.userId=-", "$.userId=null", "$.userId=\"\"", "$.userId=\" \"", "$.userId=true", "$.userId=[1]",
                "$.campaign=-", "$.campaign=\"\"", "$.campaign=\"\\u00a0\"", "$.campaign=\"\\u2003\"", "$.campaign=1",
                "$.project=\"\"", "$.project=\"\\t\\n\"", "$.method=\"in-app\"", "$.method=\"\"", "$.method=0",
                "$.answers=-", "$.answers=null", "$.answers=[]", "$.answers={}", "$.answers[0]=5",
                "$.answers[0].id=-", "$.answers[0].id=\" \"", "$.answers[0].value=-", "$.answers[0].value=null", "$.answers[0].value=9.5",
                "$.answers[0].value=\"\"", "$.answers[0].value=true", "$.answers[0].value={}", "$.answers[0].value=9223372036854775808",
                "$.answers[0].extra=1", "$.traits=[]", "$.traits=\"pro\"", "$.traits=1"),
            .. Edits(QuestionPro,
                "$.surveyId=0", "$.surveyId=-1", "$.surveyId=\"1001\"", "$.surveyId=1.5", "$.surveyId=-", "$.surveyId=null",
                "$.surveyId=9223372036854775808", "$.answers=-", "$.answers={}", "$.answers=[]", "$.answers=null", "$.campaign=\"c\"",
                "$.answers={\"q1\": {\"text\": \"x\"}}", "$.answers={\"0\": {\"text\": \"x\"}}", "$.answers={\"-1\": {\"text\": \"x\"}}",
                "$.answers={\"1 \": {\"text\": \"x\"}}", "$.answers={\"1\\n\": {\"text\": \"x\"}}", "$.answers={\"+1\": {\"text\": \"x\"}}",
                "$.answers={\"9223372036854775808\": {\"text\": \"x\"}}", "$.answers={\"1\": null}", "$.answers={\"1\": 5}",
                Answer10001 + "{}}", Answer10001 + "{\"answerId\": 1, \"text\": \"x\"}}", Answer10001 + "{\"answerId\": 1, \"colour\": 1}}",
                Answer10001 + "{\"answerId\": 0}}", Answer10001 + "{\"answerId\": \"1\"}}", Answer10001 + "{\"answerId\": null}}",
                Answer10001 + "{\"answerId\": 1, \"otherText\": null}}", Answer10001 + "{\"answerId\": 1, \"otherTexts\": {\"1\": \"x\"}}}",
                Answer10001 + "{\"answerIds\": []}}", Answer10001 + "{\"answerIds\": [1, 1]}}", Answer10001 + "{\"answerIds\": [0]}}",
                Answer10001 + "{\"answerIds\": [1], \"otherText\": \"x\"}}", Answer10001 + "{\"answerIds\": [1], \"otherTexts\": {}}}",
                Answer10001 + "{\"answerIds\": [1], \"otherTexts\": null}}", Answer10001 + "{\"text\": null}}", Answer10001 + "{\"text\": 1}}",
                Answer10001 + "{\"text\": \"x\", \"time\": \"10:00\"}}", Answer10001 + "{\"texts\": {}}}", Answer10001 + "{\"texts\": {\"a\": \"x\"}}}",
                Answer10001 + "{\"texts\": {\"1\": 1}}}", Answer10001 + "{\"ranks\": {\"1\": 0}}}", Answer10001 + "{\"ranks\": {\"1\": 2147483648}}}",
                Answer10001 + "{\"ranks\": {\"1\": 1.5}}}", Answer10001 + "{\"ranks\": {}}}", Answer10001 + "{\"amounts\": {\"1\": -1}}}",
                Answer10001 + "{\"amounts\": {\"1\": \"1\"}}}", Answer10001 + "{\"amounts\": {\"1\": 1e29}}}", Answer10001 + "{\"amounts\": {}}}",
                Answer10001 + "{\"date\": \"2024-5-1\"}}", Answer10001 + "{\"date\": \"2023-02-29\"}}", Answer10001 + "{\"date\": \"2024-04-31\"}}",
                Answer10001 + "{\"date\": \"0000-01-01\"}}", Answer10001 + "{\"date\": \"2024-05-01\\n\"}}", Answer10001 + "{\"date\": \"2024-13-01\"}}",
                Answer10001 + "{\"date\": \"2024-05-01T10:00\"}}", Answer10001 + "{\"date\": 20240501}}", Answer10001 + "{\"date\": \"2024-05-01\", \"time\": \"6:30\"}}",
                Answer10001 + "{\"date\": \"2024-05-01\", \"time\": \"24:00\"}}", Answer10001 + "{\"date\": \"2024-05-01\", \"time\": \"10:00:60\"}}",
                Answer10001 + "{\"date\": \"2024-05-01\", \"time\": \"10:00\\n\"}}", Answer10001 + "{\"date\": \"2024-05-01\", \"time\": null}}",
                Answer10001 + "{\"rows\": {}}}", Answer10001 + "{\"rows\": {\"1\": \"2\"}}}", Answer10001 + "{\"rows\": {\"1\": [2], \"3\": 4}}}",
                Answer10001 + "{\"rows\": {\"1\": []}}}", Answer10001 + "{\"rows\": {\"1\": [0]}}}", Answer10001 + "{\"rows\": [1]}}",
                Answer10001 + "{\"rows\": {\"x\": 1}}}"),
        ];

        return new(messages);
    }

    /// <summary>Messages only the parser can refuse: rules across values, the way a number is written, and JSON itself.</summary>
    public static TheoryData<string> BeyondTheSchema()
    {
        string[] messages =
        [
            Array(SatisMeter, SatisMeter),
            Array(Edit(SatisMeter, "$.id=-"), Edit(SatisMeter, "$.id=-")),
            Edit(QuestionPro, Answer10001 + "{\"answerIds\": [1], \"otherTexts\": {\"2\": \"x\"}}}"),
            Edit(QuestionPro, "$.answers={\"7\": {\"text\": \"x\"}, \"007\": {\"text\": \"y\"}}"),
            Edit(SatisMeter, "$.answers[0].value=9.0"),
            Edit(QuestionPro, "$.surveyId=1e3"),
            SatisMeter.Replace("\"campaign\"", "\"campaign\": \"twice\", \"campaign\"", StringComparison.Ordinal),
            Edit(SatisMeter, "$.traits=" + string.Concat(Enumerable.Repeat("{\"a\":", InboundLimits.MaxDepth)) + "1" + new string('}', InboundLimits.MaxDepth)),
        ];

        return new(messages);
    }

    [Theory]
    [MemberData(nameof(ValidMessages))]
    public void ValidMessage_AcceptedByBoth(string json)
    {
        var parsed = InboundMessageParser.Parse(json);
        var (schemaValid, errors) = InboundSchema.Validate(json);

        Assert.True(parsed.IsValid, "parser: " + parsed.Describe());
        Assert.True(schemaValid, "schema: " + errors);
    }

    [Theory]
    [MemberData(nameof(InvalidMessages))]
    public void InvalidMessage_RefusedByBoth(string json)
    {
        Assert.False(InboundMessageParser.Parse(json).IsValid, "the parser accepted it");
        Assert.False(InboundSchema.Validate(json).IsValid, "the schema accepted it");
    }

    [Theory]
    [MemberData(nameof(BeyondTheSchema))]
    public void RuleNoSchemaCanState_RefusedByTheParserOnly(string json)
    {
        Assert.False(InboundMessageParser.Parse(json).IsValid, "the parser accepted it");
        Assert.True(InboundSchema.Validate(json).IsValid, "the schema now refuses it: move the case to InvalidMessages and the docs' list");
    }

    [Theory]
    [InlineData(InboundLimits.MaxResponsesPerMessage, true)]
    [InlineData(InboundLimits.MaxResponsesPerMessage + 1, false)]
    public void ResponseCountLimit_SameForBoth(int count, bool valid)
    {
        var json = Envelope("m-1", [.. Enumerable.Range(0, count).Select(i => Edit(SatisMeter, $"$.id=\"r-{i}\""))]);

        Assert.Equal(valid, InboundMessageParser.Parse(json).IsValid);
        Assert.Equal(valid, InboundSchema.Validate(json).IsValid);
    }

    private static IEnumerable<string> Edits(string document, params string[] edits) =>
        edits.Select(edit => Edit(document, edit));
}
