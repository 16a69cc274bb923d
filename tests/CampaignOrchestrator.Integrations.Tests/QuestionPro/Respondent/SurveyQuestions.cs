using System.Text.Json.Nodes;
using CampaignOrchestrator.Integrations.QuestionPro.Respondent;

namespace CampaignOrchestrator.Integrations.Tests.QuestionPro.Respondent;

/// <summary>Builds questions the way the server sends them, through the real parser.</summary>
internal static class SurveyQuestions
{
    public static SurveyQuestion ByQuestionId(long id, string prefix, params long[] answerIds) =>
        Create(id, prefix, "questionId", answerIds);

    public static SurveyQuestion ByAnswerId(long id, string prefix, params long[] answerIds) =>
        Create(id, prefix, "answerId", answerIds);

    public static SurveyQuestion Create(long id, string prefix, string idType, IEnumerable<long> answerIds, string type = "X")
    {
        var question = new JsonObject
        {
            ["id"] = id,
            ["type"] = type,
            ["answers"] = new JsonArray([.. answerIds.Select(answerId => (JsonNode)new JsonObject { ["id"] = answerId })]),
            ["formParam"] = new JsonObject { ["paramPrefix"] = prefix, ["paramIdType"] = idType },
        };
        return FromJson(question);
    }

    public static SurveyQuestion FromJson(JsonObject question)
    {
        var body = new JsonObject
        {
            ["response"] = new JsonObject
            {
                ["status"] = "success",
                ["questions"] = new JsonArray(new JsonObject { ["json"] = question }),
            },
        };
        return RespondentPageParser.Parse(body.ToJsonString()).Questions.Single();
    }
}
