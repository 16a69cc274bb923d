using System.Text;
using CampaignOrchestrator.Campaigns.Inbound.Messages;
using static CampaignOrchestrator.Campaigns.Tests.Inbound.InboundDocuments;

namespace CampaignOrchestrator.Campaigns.Tests.Inbound;

/// <summary>The three forms of a message, its ids, and what makes a whole message unreadable.</summary>
public sealed class InboundMessageParserFormTests
{
    [Fact]
    public void Parse_OneResponse_IsAMessageOfOneWithoutMessageId()
    {
        var message = Valid(SatisMeter);

        Assert.Null(message.MessageId);
        Assert.Equal("sm-1", Assert.IsType<SatisMeterInboundResponse>(Assert.Single(message.Responses)).Id);
    }

    [Fact]
    public void Parse_Array_KeepsTheOrderWithoutMessageId()
    {
        var message = Valid(Array(QuestionPro, SatisMeter));

        Assert.Null(message.MessageId);
        Assert.Equal(["qp-1", "sm-1"], message.Responses.Select(r => r.Id));
        Assert.IsType<QuestionProInboundResponse>(message.Responses[0]);
        Assert.IsType<SatisMeterInboundResponse>(message.Responses[1]);
    }

    [Theory]
    [InlineData("{\"messageId\": \"batch-2026-05-01.7\", \"responses\": [R]}", "batch-2026-05-01.7")]
    [InlineData("{\"responses\": [R]}", null)]
    [InlineData("{\"messageId\": null, \"responses\": [R]}", null)]
    public void Parse_Envelope_ReadsTheMessageIdWhenGiven(string envelope, string? messageId)
    {
        var message = Valid(envelope.Replace("R", SatisMeter, StringComparison.Ordinal));

        Assert.Equal(messageId, message.MessageId);
        Assert.Equal("sm-1", Assert.Single(message.Responses).Id);
    }

    [Fact]
    public void Parse_Utf8Bytes_ReadsTheSameMessage()
    {
        var result = InboundMessageParser.Parse(Encoding.UTF8.GetBytes(Envelope("m-1", SatisMeter, QuestionPro)));

        Assert.True(result.IsValid, result.Describe());
        Assert.Equal(("m-1", 2), (result.Message.MessageId, result.Message.Responses.Count));
    }

    [Theory]
    [InlineData("\"responses\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("true")]
    public void Parse_RootNeitherObjectNorArray_ReportsTheThreeForms(string json)
    {
        var failure = Assert.Single(InboundMessageParser.Parse(json).Failures);

        Assert.Equal(("$", "expected a response (an object with a target), an array of responses, or {\"responses\": [...]}"), (failure.Path, failure.Message));
    }

    [Theory]
    [InlineData("[]", "$", "a message holds at least one response")]
    [InlineData("{\"responses\": []}", "$", "a message holds at least one response")]
    [InlineData("{\"responses\": null}", "$.responses", "required")]
    [InlineData("{\"responses\": {}}", "$.responses", "expected an array of responses")]
    [InlineData("{\"messageId\": \"m 1\", \"responses\": [R]}", "$.messageId", InboundLimits.IdRule)]
    [InlineData("{\"messageId\": 7, \"responses\": [R]}", "$.messageId", "expected a string")]
    [InlineData("{\"responses\": [R], \"messageID\": \"m-1\"}", "$.messageID", "unknown property; did you mean messageId?")]
    [InlineData("[R, 5]", "$[1]", "expected an object")]
    public void Parse_BadEnvelopeOrArray_ReportedAtItsPath(string json, string path, string message)
    {
        var failure = Assert.Single(InboundMessageParser.Parse(json.Replace("R", SatisMeter, StringComparison.Ordinal)).Failures);

        Assert.Equal((path, message), (failure.Path, failure.Message));
    }

    [Theory]
    [InlineData("{\n  \"target\": \"satismeter\",\n  \"campaign\": ]\n}", "line 3, position 15")]
    [InlineData("", "line 1, position 1")]
    [InlineData("[{\"target\": \"satismeter\"}", "line 1, position 26")]
    [InlineData("{\"target\": \"satismeter\", // a comment\n}", "line 1, position 26")]
    public void Parse_MalformedJson_ReportsOneFailureWithLineAndPosition(string json, string location)
    {
        var failure = Assert.Single(InboundMessageParser.Parse(json).Failures);

        Assert.Equal(("$", $"malformed JSON at {location}"), (failure.Path, failure.Message));
    }

    [Fact]
    public void Parse_NestedDeeperThanTheLimit_SaysSoInsteadOfMalformed()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 40)) + "1" + new string('}', 40);

        var failure = Assert.Single(InboundMessageParser.Parse(Edit(SatisMeter, "$.traits=" + deep)).Failures);

        Assert.Equal("$", failure.Path);
        Assert.StartsWith($"nested deeper than {InboundLimits.MaxDepth} levels at line 1, position ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NestedToTheLimit_IsAccepted()
    {
        // The response object is one level; traits and the objects inside it make the others.
        var depth = InboundLimits.MaxDepth - 1;
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

        Valid(Edit(SatisMeter, "$.traits=" + deep));
    }

    [Fact]
    public void Parse_MostResponsesAllowed_IsAccepted()
    {
        var message = Valid(Array(Numbered(InboundLimits.MaxResponsesPerMessage)));

        Assert.Equal(InboundLimits.MaxResponsesPerMessage, message.Responses.Count);
    }

    [Fact]
    public void Parse_OneResponseTooMany_AsksToSplitTheMessage()
    {
        var failure = Assert.Single(InboundMessageParser.Parse(Envelope("m-1", Numbered(InboundLimits.MaxResponsesPerMessage + 1))).Failures);

        Assert.Equal(("$", "a message holds at most 10000 responses; this one has 10001: split it"), (failure.Path, failure.Message));
    }

    [Fact]
    public void Describe_ManyFailures_ListsTheFirstAndCountsTheRest()
    {
        var result = InboundMessageParser.Parse(Array(Enumerable.Repeat("5", 12).ToArray()));

        Assert.Equal(string.Join("; ", Enumerable.Range(0, 10).Select(i => $"$[{i}]: expected an object")) + "; and 2 more", result.Describe());
        Assert.Equal("$[0]: expected an object; and 11 more", result.Describe(max: 1));
    }

    internal static InboundMessage Valid(string json)
    {
        var result = InboundMessageParser.Parse(json);
        Assert.True(result.IsValid, result.Describe());
        return result.Message;
    }

    private static string[] Numbered(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Edit(SatisMeter, $"$.id=\"r-{i}\"|$.userId=\"user-{i}\""))];
}
