using System.Globalization;
using System.Text.Json.Nodes;
using CampaignOrchestrator.Campaigns.Inbound.Messages;
using CampaignOrchestrator.Integrations.QuestionPro.Respondent;
using CampaignOrchestrator.Sandbox;

namespace CampaignOrchestrator.Campaigns.Tests.Inbound;

/// <summary>Responses for the tests, against the sandbox's sample account.</summary>
internal static class InboundResponses
{
    public static SatisMeterInboundResponse SatisMeter(string userId, int score = 9, string campaign = SampleAccount.Campaign, string? id = null) => new()
    {
        Id = id ?? "r-" + userId,
        Campaign = campaign,
        Answers = [new SatisMeterInboundAnswer("nps", score, null), new SatisMeterInboundAnswer("comment", null, "fine")],
        UserId = userId,
        Traits = new JsonObject { ["plan"] = "basic" },
    };

    public static IReadOnlyList<InboundResponse> ManySatisMeter(int count, string prefix = "user") =>
        [.. Enumerable.Range(0, count).Select(i => SatisMeter(string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i}"), i % 11))];

    /// <summary>A complete pass through the sample survey's three pages.</summary>
    public static QuestionProInboundResponse CustomerSatisfaction(string id, long firstAnswer = 50001, decimal priceShare = 50) => new()
    {
        Id = id,
        SurveyId = SampleAccount.SurveyId,
        Answers = new Dictionary<long, AnswerValue>
        {
            [10001] = AnswerValue.SingleChoice(firstAnswer),
            [10002] = AnswerValue.MultipleChoice(60001, 60003),
            [10003] = AnswerValue.FreeText("Faster support"),
            [10004] = AnswerValue.Ranks(new Dictionary<long, int> { [61001] = 1, [61002] = 3, [61003] = 2 }),
            [10005] = AnswerValue.ConstantSum(new Dictionary<long, decimal> { [80001] = priceShare, [80002] = 30, [80003] = 20 }),
            [10006] = AnswerValue.Date(new DateOnly(2024, 5, 1)),
            [10008] = AnswerValue.FreeText("Thanks"),
        },
    };
}
