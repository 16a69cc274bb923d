using System.Text.RegularExpressions;
using CampaignOrchestrator.Campaigns.Inbound.Messages;
using static CampaignOrchestrator.Campaigns.Tests.Inbound.InboundDocuments;

namespace CampaignOrchestrator.Campaigns.Tests.Inbound;

/// <summary>Response ids — the producer's or derived from the content — their uniqueness, and secrets refused.</summary>
public sealed class InboundMessageParserIdTests
{
    private const string SecretValue = "Zq9-very-secret-value";
    private const string TooLongId = "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"";

    [Fact]
    public void Parse_ResponseWithoutId_GetsADerivedId()
    {
        var response = Assert.Single(InboundMessageParserFormTests.Valid(Edit(SatisMeter, "$.id=-")).Responses);

        Assert.Matches(new Regex("^sha256:[0-9a-f]{32}$"), response.Id);
    }

    [Fact]
    public void Parse_NullId_IsDerivedLikeAMissingOne()
    {
        var response = Assert.Single(InboundMessageParserFormTests.Valid(Edit(SatisMeter, "$.id=null")).Responses);

        Assert.StartsWith(ResponseIds.DerivedPrefix, response.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DerivedId_IsStableAcrossWhitespaceAndForms()
    {
        var compact = Edit(SatisMeter, "$.id=-");
        var indented = System.Text.Json.Nodes.JsonNode.Parse(compact)!.ToJsonString(new() { WriteIndented = true });

        var ids = new[] { compact, indented, Array(indented), Envelope("m-1", "\n  " + compact + "  \n") }
            .Select(json => Assert.Single(InboundMessageParserFormTests.Valid(json).Responses).Id)
            .Distinct()
            .ToList();

        Assert.Single(ids);
    }

    [Theory]
    [InlineData("$.answers[0].value=10")]
    [InlineData("$.userId=\"user-43\"")]
    [InlineData("$.traits.plan=\"basic\"")]
    [InlineData("$.method=\"Email\"")]
    public void Parse_DerivedId_ChangesWithTheContent(string edit)
    {
        var original = Assert.Single(InboundMessageParserFormTests.Valid(Edit(SatisMeter, "$.id=-")).Responses).Id;

        var changed = Assert.Single(InboundMessageParserFormTests.Valid(Edit(SatisMeter, "$.id=-|" + edit)).Responses).Id;

        Assert.NotEqual(original, changed);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("order-2026-05-01T10:15:00Z@web_7.3")]
    [InlineData("sha256:0123456789abcdef0123456789abcdef")]
    public void Parse_ProducerId_IsKeptAsGiven(string id)
    {
        var response = Assert.Single(InboundMessageParserFormTests.Valid(Edit(SatisMeter, $"$.id=\"{id}\"")).Responses);

        Assert.Equal(id, response.Id);
    }

    [Fact]
    public void Parse_IdOfTheLongestLength_IsAccepted() =>
        InboundMessageParserFormTests.Valid(Edit(QuestionPro, $"$.id=\"{new string('x', InboundLimits.MaxIdLength)}\""));

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"order 1\"")]
    [InlineData("\"order/1\"")]
    [InlineData("\"order-1\\n\"")]
    [InlineData("\"caf\u00e9\"")]
    [InlineData(TooLongId)]
    public void Parse_InvalidId_ReportedWithTheRule(string id)
    {
        var failure = Assert.Single(InboundMessageParser.Parse(Edit(QuestionPro, "$.id=" + id)).Failures);

        Assert.Equal(("$.id", InboundLimits.IdRule), (failure.Path, failure.Message));
    }

    [Fact]
    public void Parse_NumericId_ExpectsAString()
    {
        var failure = Assert.Single(InboundMessageParser.Parse(Edit(QuestionPro, "$.id=7")).Failures);

        Assert.Equal(("$.id", "expected a string"), (failure.Path, failure.Message));
    }

    [Fact]
    public void Parse_TwoResponsesWithOneId_ReportsTheLaterAtItsId()
    {
        var other = Edit(SatisMeter, "$.userId=\"user-43\"");

        var failure = Assert.Single(InboundMessageParser.Parse(Envelope("m-1", QuestionPro, SatisMeter, other)).Failures);

        Assert.Equal(
            ("$.responses[2].id", "duplicate id: $.responses[1] has the same one; ids must be unique within a message"),
            (failure.Path, failure.Message));
    }

    [Theory]
    [InlineData("$.id=-")]
    [InlineData("$.id=null")]
    public void Parse_IdenticalResponsesWithoutIds_ReportsTheLaterAsTheSameResponse(string edit)
    {
        var response = Edit(SatisMeter, edit);

        var failure = Assert.Single(InboundMessageParser.Parse(Array(response, QuestionPro, response)).Failures);

        Assert.Equal(("$[2]", "the same response as $[0]; give each response an id if both are meant"), (failure.Path, failure.Message));
    }

    [Fact]
    public void Parse_IdenticalResponsesWithDifferentIds_AreBothKept()
    {
        var message = InboundMessageParserFormTests.Valid(Array(SatisMeter, Edit(SatisMeter, "$.id=\"sm-2\"")));

        Assert.Equal(["sm-1", "sm-2"], message.Responses.Select(r => r.Id));
    }

    [Theory]
    [InlineData("$.writeKey", "$.writeKey")]
    [InlineData("$.write_key", "$.write_key")]
    [InlineData("$.apiKey", "$.apiKey")]
    [InlineData("$.password", "$.password")]
    [InlineData("$.accessToken", "$.accessToken")]
    [InlineData("$.x-api-key", "$['x-api-key']")]
    public void Parse_SecretInAResponse_RefusedNamingConfigurationWithoutItsValue(string edit, string path)
    {
        foreach (var document in new[] { SatisMeter, QuestionPro })
        {
            var result = InboundMessageParser.Parse(Edit(document, $"{edit}=\"{SecretValue}\""));

            var failure = Assert.Single(result.Failures);
            Assert.Equal(path, failure.Path);
            Assert.Equal("secrets are not allowed in an inbound message; write keys come from configuration (SatisMeter:WriteKey, SatisMeter:Projects:{name}:WriteKey)", failure.Message);
            Assert.DoesNotContain(SecretValue, result.Describe(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_SecretInAnEnvelopeOrAnArrayItem_RefusedAtItsPath()
    {
        var inResponse = InboundMessageParser.Parse(Envelope("m-1", QuestionPro, Edit(SatisMeter, $"$.writeKey=\"{SecretValue}\"")));
        var inEnvelope = InboundMessageParser.Parse($"{{\"writeKey\": \"{SecretValue}\", \"responses\": [{SatisMeter}]}}");

        Assert.Equal(["$.responses[1].writeKey"], inResponse.Failures.Select(f => f.Path));
        Assert.Equal(["$.writeKey"], inEnvelope.Failures.Select(f => f.Path));
        Assert.All(inResponse.Failures.Concat(inEnvelope.Failures), f => Assert.StartsWith("secrets are not allowed", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SecretLikeNamesInTraits_AreTheProducersData()
    {
        var response = Assert.IsType<SatisMeterInboundResponse>(Assert.Single(InboundMessageParserFormTests.Valid(SatisMeter).Responses));

        Assert.Equal("data of the producer, not a secret of ours", response.Traits!["apiKey"]!.GetValue<string>());
    }
}
