using System.Text.Json;
using CampaignOrchestrator.Campaigns.Inbound;
using CampaignOrchestrator.Campaigns.Inbound.Messages;
using CampaignOrchestrator.Campaigns.Inbound.Recording;
using CampaignOrchestrator.Durable.Serialization;
using CampaignOrchestrator.Integrations.QuestionPro.Respondent;
using CampaignOrchestrator.Integrations.SatisMeter;
using static CampaignOrchestrator.Campaigns.Tests.Inbound.InboundDocuments;

namespace CampaignOrchestrator.Campaigns.Tests.Inbound;

/// <summary>Parsed responses travel as orchestration input: they must come back from the history as they went in.</summary>
public sealed class InboundMessageSerializationTests
{
    [Fact]
    public void DataConverter_OrchestrationInput_RoundTripsEveryResponseAndAnswerShape()
    {
        var message = InboundMessageParserFormTests.Valid(Envelope("m-1", SatisMeter, QuestionPro, Edit(SatisMeter, "$.id=-|$.userId=-|$.anonymousId=\"v-1\"")));
        var input = new InboundResponsesInput(message.MessageId!, message.Responses, InboundProcessingSettings.Default with { ChunkSize = 10 });

        var json = DataConverter.Serialize(input)!;
        var back = DataConverter.Deserialize<InboundResponsesInput>(json)!;

        Assert.Equal(json, DataConverter.Serialize(back));
        Assert.Equal(message.Responses.Select(r => (r.GetType(), r.Id)), back.Responses.Select(r => (r.GetType(), r.Id)));
        Assert.Equal(10, back.Settings!.ChunkSize);
    }

    [Fact]
    public void DataConverter_SatisMeterResponse_KeepsValuesAndTraits()
    {
        var original = Assert.Single(InboundMessageParserFormTests.Valid(SatisMeter).Responses);

        var back = Assert.IsType<SatisMeterInboundResponse>(RoundTrip(original));

        Assert.Equal(("mobile", SatisMeterMethod.Mobile, "user-42"), (back.Project, back.Method, back.UserId));
        Assert.Equal([new SatisMeterInboundAnswer("nps", 9, null), new SatisMeterInboundAnswer("comment", null, "Fast and friendly")], back.Answers);
        Assert.Equal(12, back.Traits!["seats"]!.GetValue<int>());
    }

    [Fact]
    public void DataConverter_QuestionProResponse_KeepsEveryAnswerValue()
    {
        var back = Assert.IsType<QuestionProInboundResponse>(RoundTrip(Assert.Single(InboundMessageParserFormTests.Valid(QuestionPro).Responses)));

        Assert.Equal(50001, Assert.IsType<SingleChoiceAnswer>(back.Answers[10001]).AnswerId);
        Assert.Equal("Price", Assert.IsType<MultipleChoiceAnswer>(back.Answers[10002]).OtherTexts[60003]);
        Assert.Equal(50.5m, Assert.IsType<ConstantSumAnswer>(back.Answers[10005]).AmountByAnswerId[80001]);
        var date = Assert.IsType<DateAnswer>(back.Answers[10006]);
        Assert.Equal((new DateOnly(2024, 5, 1), new TimeOnly(18, 30)), (date.CalendarDate, date.TimeOfDay));
        Assert.Equal(91002, Assert.IsType<MatrixSingleChoiceAnswer>(back.Answers[10009]).ColumnIdByRowId[90002]);
        Assert.Equal([91001L, 91002], Assert.IsType<MatrixMultipleChoiceAnswer>(back.Answers[10010]).ColumnIdsByRowId[90001]);
        Assert.Equal("Another reason", Assert.IsType<SingleChoiceAnswer>(back.Answers[10011]).OtherText);
    }

    [Fact]
    public void DataConverter_ActivityInput_WritesTheTargetAndAnswerKindsAsDiscriminators()
    {
        var response = Assert.Single(InboundMessageParserFormTests.Valid(QuestionPro).Responses);

        using var document = JsonDocument.Parse(DataConverter.Serialize(new RecordResponseInput("m-1", response))!);

        var written = document.RootElement.GetProperty("response");
        Assert.Equal("questionpro", written.GetProperty("target").GetString());
        Assert.Equal("singleChoice", written.GetProperty("answers").GetProperty("10001").GetProperty("kind").GetString());
    }

    // Responses travel as the input of RecordResponse, declared as the base type (so the target is written).
    private static InboundResponse RoundTrip(InboundResponse response)
    {
        var json = DataConverter.Serialize(new RecordResponseInput("m-1", response))!;
        var back = DataConverter.Deserialize<RecordResponseInput>(json)!;
        Assert.Equal(json, DataConverter.Serialize(back));
        Assert.Equal("inbound/m-1/" + response.Id, back.IdempotencyKey);
        return back.Response;
    }
}
