using CampaignOrchestrator.Campaigns.Inbound.Messages;
using CampaignOrchestrator.Integrations.SatisMeter;
using static CampaignOrchestrator.Campaigns.Tests.Inbound.InboundDocuments;

namespace CampaignOrchestrator.Campaigns.Tests.Inbound;

/// <summary>The <c>satismeter</c> target's fields and rules.</summary>
public sealed class InboundMessageParserSatisMeterTests
{
    private const string ExactlyOneIdentity = "exactly one of userId and anonymousId is required";
    private const string ValueRule = "expected an integer (a rating) or a non-blank string (a text or choice)";

    [Fact]
    public void Parse_EveryField_ReadIntoTheResponse()
    {
        var response = Read(SatisMeter);

        Assert.Equal(("sm-1", "mobile", "5b2f1e0c9a", SatisMeterMethod.Mobile), (response.Id, response.Project, response.Campaign, response.Method));
        Assert.Equal([new SatisMeterInboundAnswer("nps", 9, null), new SatisMeterInboundAnswer("comment", null, "Fast and friendly")], response.Answers);
        Assert.Equal(("user-42", null), (response.UserId, response.AnonymousId));
        Assert.Equal("{\"plan\":\"pro\",\"seats\":12,\"apiKey\":\"data of the producer, not a secret of ours\"}", response.Traits!.ToJsonString());
    }

    [Fact]
    public void Parse_OptionalFieldsLeftOut_TakeTheirDefaults()
    {
        var response = Read(Edit(SatisMeter, "$.project=-|$.method=-|$.traits=-"));

        Assert.Equal((null, SatisMeterMethod.InApp, null), (response.Project, response.Method, response.Traits));
    }

    [Fact]
    public void Parse_OptionalFieldsNull_MeanNotGiven()
    {
        var response = Read(Edit(SatisMeter, "$.project=null|$.method=null|$.traits=null|$.anonymousId=null"));

        Assert.Equal((null, SatisMeterMethod.InApp, null, null), (response.Project, response.Method, response.Traits, response.AnonymousId));
    }

    [Theory]
    [InlineData("In-App", SatisMeterMethod.InApp)]
    [InlineData("Mobile", SatisMeterMethod.Mobile)]
    [InlineData("Email", SatisMeterMethod.Email)]
    public void Parse_Method_ReadsEachChoice(string method, SatisMeterMethod expected) =>
        Assert.Equal(expected, Read(Edit(SatisMeter, $"$.method=\"{method}\"")).Method);

    [Theory]
    [InlineData("$.userId=-|$.anonymousId=\"visitor-9\"", null, "visitor-9")]
    [InlineData("$.userId=42", "42", null)]
    [InlineData("$.userId=-|$.anonymousId=1.5e3", null, "1.5e3")]
    public void Parse_Identity_StringOrNumberAsWritten(string edits, string? userId, string? anonymousId)
    {
        var response = Read(Edit(SatisMeter, edits));

        Assert.Equal((userId, anonymousId), (response.UserId, response.AnonymousId));
    }

    [Theory]
    [InlineData("$.answers[0].value=-3", -3L, null)]
    [InlineData("$.answers[0].value=\"Yes\"", null, "Yes")]
    [InlineData("$.answers[0].value=\" x \"", null, " x ")]
    public void Parse_AnswerValue_RatingOrText(string edit, long? rating, string? text) =>
        Assert.Equal(new SatisMeterInboundAnswer("nps", rating, text), Read(Edit(SatisMeter, edit)).Answers[0]);

    [Theory]
    [InlineData("$.anonymousId=\"visitor-9\"", "$", ExactlyOneIdentity)]
    [InlineData("$.userId=-", "$", ExactlyOneIdentity)]
    [InlineData("$.userId=null", "$", ExactlyOneIdentity)]
    [InlineData("$.userId=\" \"", "$.userId", "expected a non-blank string or a number")]
    [InlineData("$.userId=true", "$.userId", "expected a non-blank string or a number")]
    [InlineData("$.anonymousId={}|$.userId=-", "$.anonymousId", "expected a non-blank string or a number")]
    [InlineData("$.answers=[]", "$.answers", "required; at least one answer {\"id\", \"value\"}")]
    [InlineData("$.answers=-", "$.answers", "required; at least one answer {\"id\", \"value\"}")]
    [InlineData("$.answers={}", "$.answers", "expected an array")]
    [InlineData("$.answers[1]=\"comment\"", "$.answers[1]", "expected an object")]
    [InlineData("$.answers[0].value=9.5", "$.answers[0].value", ValueRule)]
    [InlineData("$.answers[0].value=9.0", "$.answers[0].value", ValueRule)]
    [InlineData("$.answers[0].value=1e1", "$.answers[0].value", ValueRule)]
    [InlineData("$.answers[0].value=9223372036854775808", "$.answers[0].value", ValueRule)]
    [InlineData("$.answers[0].value=\"  \"", "$.answers[0].value", ValueRule)]
    [InlineData("$.answers[0].value=true", "$.answers[0].value", ValueRule)]
    [InlineData("$.answers[0].value=[9]", "$.answers[0].value", ValueRule)]
    [InlineData("$.answers[0].value=-", "$.answers[0].value", "required")]
    [InlineData("$.answers[0].value=null", "$.answers[0].value", "required")]
    [InlineData("$.answers[0].id=\"\"", "$.answers[0].id", "must not be blank")]
    [InlineData("$.answers[0].id=-", "$.answers[0].id", "required")]
    [InlineData("$.answers[0].id=7", "$.answers[0].id", "expected a string")]
    [InlineData("$.answers[0].label=\"NPS\"", "$.answers[0].label", "unknown property")]
    [InlineData("$.method=\"in-app\"", "$.method", "must be \"In-App\", \"Mobile\" or \"Email\"")]
    [InlineData("$.method=1", "$.method", "must be \"In-App\", \"Mobile\" or \"Email\"")]
    [InlineData("$.campaign=\"\\t\"", "$.campaign", "must not be blank")]
    [InlineData("$.campaign=-", "$.campaign", "required")]
    [InlineData("$.campaign=12", "$.campaign", "expected a string")]
    [InlineData("$.project=\"\"", "$.project", "must not be blank; leave it out for the default project")]
    [InlineData("$.traits=[]", "$.traits", "expected an object")]
    [InlineData("$.traits=\"pro\"", "$.traits", "expected an object")]
    [InlineData("$.userid=\"user-42\"", "$.userid", "unknown property; did you mean userId?")]
    [InlineData("$.surveyId=1001", "$.surveyId", "unknown property")]
    public void Parse_BrokenRule_ReportedAtItsPath(string edits, string path, string message)
    {
        var failure = Assert.Single(InboundMessageParser.Parse(Edit(SatisMeter, edits)).Failures);

        Assert.Equal((path, message), (failure.Path, failure.Message));
    }

    [Fact]
    public void Parse_DuplicateTraitAtAnyDepth_ReportedAtItsPath()
    {
        var json = SatisMeter.Replace("\"seats\": 12", "\"seats\": 12, \"seats\": 13, \"team\": {\"name\": \"a\", \"name\": \"b\"}", StringComparison.Ordinal);

        var result = InboundMessageParser.Parse(json);

        Assert.Equal(["$.traits.seats: duplicate property", "$.traits.team.name: duplicate property"], result.Failures.Select(f => f.ToString()));
    }

    [Theory]
    [InlineData("$.target=\"SatisMeter\"", "$.target", "must be \"satismeter\" or \"questionpro\"")]
    [InlineData("$.target=-", "$.target", "required")]
    [InlineData("$.target=1", "$.target", "expected a string")]
    public void Parse_UnknownOrMissingTarget_ReportsOnlyTheTarget(string edit, string path, string message)
    {
        var failure = Assert.Single(InboundMessageParser.Parse(Edit(SatisMeter, edit)).Failures);

        Assert.Equal((path, message), (failure.Path, failure.Message));
    }

    private static SatisMeterInboundResponse Read(string json) =>
        Assert.IsType<SatisMeterInboundResponse>(Assert.Single(InboundMessageParserFormTests.Valid(json).Responses));
}
