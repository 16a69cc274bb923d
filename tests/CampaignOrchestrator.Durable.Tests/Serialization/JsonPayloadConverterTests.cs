using System.Text.Json;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Durable.Tests.Serialization;

public sealed class JsonPayloadConverterTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    public static TheoryData<string?> Payloads => new()
    {
        null,
        """{"responses":[{"id":"r-1","text":"say \"hi\" <b>"}]}""",
        """[1,2,{"a":null}]""",
        "  {\"a\":1}",
        "{\"a\":1}\n",
        "{\n  \"a\": [ 1, 2 ]\n}",
        "{\"a\":1} {\"b\":2}",
        "\"just a string\"",
        "\"123\"",
        "42",
        "true",
        "null",
        "{not json",
        "[1,",
        "plain text, not JSON",
        string.Empty,
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void RoundTrip_EveryKindOfPayload_ReadsBackTheSameText(string? payload)
    {
        HistoryEvent written = new TaskScheduled(At, 3, "Record", payload);

        var json = JsonSerializer.Serialize(written, DataConverter.Options);
        var read = JsonSerializer.Deserialize<HistoryEvent>(json, DataConverter.Options);

        var scheduled = Assert.IsType<TaskScheduled>(read);
        Assert.Equal(payload, scheduled.Input);
    }

    [Fact]
    public void Write_ObjectPayload_IsNestedJsonWithoutEscapedQuotes()
    {
        HistoryEvent written = new ExecutionStarted(At, "Inbound", "i-1", "e-1", """{"responses":[{"id":"r-1"}]}""");

        var json = JsonSerializer.Serialize(written, DataConverter.Options);

        Assert.Contains("\"input\":{\"responses\":[{\"id\":\"r-1\"}]}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0022", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TextThatIsNotJson_StaysAValidStringValue()
    {
        HistoryEvent written = new EventRaised(At, "Approval", "{\"half\":");

        var json = JsonSerializer.Serialize(written, DataConverter.Options);

        using var document = JsonDocument.Parse(json);
        Assert.Equal("{\"half\":", document.RootElement.GetProperty("input").GetString());
    }

    [Fact]
    public void Read_EventStoredWithThePayloadAsAString_ReadsThePayload()
    {
        const string Stored = """
            {"eventType":"TaskCompleted","taskScheduledId":2,"result":"{\u0022recorded\u0022:true}","timestamp":"2026-12-01T08:00:00+00:00"}
            """;

        var read = JsonSerializer.Deserialize<HistoryEvent>(Stored, DataConverter.Options);

        Assert.Equal("{\"recorded\":true}", Assert.IsType<TaskCompleted>(read).Result);
    }

    [Fact]
    public void Read_PayloadThatIsANumber_IsRefusedWithTheRule()
    {
        const string Stored = """{"eventType":"TaskCompleted","taskScheduledId":2,"result":42,"timestamp":"2026-12-01T08:00:00+00:00"}""";

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<HistoryEvent>(Stored, DataConverter.Options));

        Assert.Contains("must be a string, an object or an array", error.Message, StringComparison.Ordinal);
    }
}
