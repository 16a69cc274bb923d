using CampaignOrchestrator.Campaigns.Tests.Definitions;

namespace CampaignOrchestrator.Campaigns.Tests.Inbound;

/// <summary>Valid inbound responses using every field and answer shape, and edits of them written as <c>path=json</c> pairs.</summary>
internal static class InboundDocuments
{
    /// <summary>Marks a property to remove in an edit (<c>$.userId=-</c>).</summary>
    public const string Remove = DefinitionDocuments.Remove;

    public const string SatisMeter = """
        {
          "id": "sm-1",
          "target": "satismeter",
          "project": "mobile",
          "campaign": "5b2f1e0c9a",
          "method": "Mobile",
          "answers": [ { "id": "nps", "value": 9 }, { "id": "comment", "value": "Fast and friendly" } ],
          "userId": "user-42",
          "traits": { "plan": "pro", "seats": 12, "apiKey": "data of the producer, not a secret of ours" }
        }
        """;

    public const string QuestionPro = """
        {
          "id": "qp-1",
          "target": "questionpro",
          "surveyId": 1001,
          "answers": {
            "10001": { "answerId": 50001 },
            "10002": { "answerIds": [60001, 60003], "otherTexts": { "60003": "Price" } },
            "10003": { "text": "Faster support" },
            "10004": { "ranks": { "61001": 1, "61002": 3, "61003": 2 } },
            "10005": { "amounts": { "80001": 50.5, "80002": 29.5, "80003": 20 } },
            "10006": { "date": "2024-05-01", "time": "18:30" },
            "10007": { "texts": { "70001": "Ann", "70002": "ann@example.com" } },
            "10009": { "rows": { "90001": 91001, "90002": 91002 } },
            "10010": { "rows": { "90001": [91001, 91002], "90002": [91003] } },
            "10011": { "answerId": 50010, "otherText": "Another reason" }
          }
        }
        """;

    /// <summary>Applies edits such as <c>$.answers[0].value=10|$.userId=-</c> to <paramref name="document"/>.</summary>
    public static string Edit(string document, string edits) => DefinitionDocuments.Edit(document, edits);

    /// <summary>The array form of the given responses.</summary>
    public static string Array(params string[] responses) => "[" + string.Join(",", responses) + "]";

    /// <summary>The envelope form of the given responses.</summary>
    public static string Envelope(string? messageId, params string[] responses) =>
        (messageId is null ? "{" : $"{{\"messageId\": \"{messageId}\", ") + "\"responses\": " + Array(responses) + "}";
}
