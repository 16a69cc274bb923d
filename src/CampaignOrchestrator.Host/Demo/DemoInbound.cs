using System.Globalization;
using System.Text.Json;
using CampaignOrchestrator.Sandbox;

namespace CampaignOrchestrator.Host.Demo;

/// <summary>
/// The demo's inbound part: a batch of app responses posted to <c>POST /api/inbound-responses</c> — SatisMeter scores,
/// one respondent answering twice, and two QuestionPro survey responses, one of which the survey screens out — followed
/// to its summary.
/// </summary>
internal static class DemoInbound
{
    /// <summary>The batch's message id.</summary>
    public const string MessageId = "demo-inbound-batch";

    private const int SatisMeterResponses = 20;

    /// <summary>Posts the batch, follows it and prints the summary.</summary>
    /// <param name="api">The host's API.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="interval">The wait between two status reads.</param>
    /// <param name="cancellationToken">Stops following.</param>
    /// <returns>Whether every response had the outcome the batch expects.</returns>
    public static async Task<bool> RunAsync(DemoApiClient api, DemoOutput output, TimeSpan interval, CancellationToken cancellationToken)
    {
        var (instanceId, statusUri) = await api.PostInboundAsync(Message(), cancellationToken);
        output.Line($"Posted {SatisMeterResponses + 3} app responses to POST /api/inbound-responses; instance {instanceId} records them.");
        while (true)
        {
            var (status, summary) = await api.GetInboundStatusAsync(statusUri, cancellationToken);
            if (summary is not null || status is "Failed" or "Terminated")
            {
                if (summary is null)
                {
                    output.Line($"The inbound batch ended {status}.");
                    return false;
                }

                output.Line(string.Create(CultureInfo.InvariantCulture, $"Inbound batch: {summary.Recorded} recorded, {summary.Duplicate} duplicate, {summary.Rejected.Count} rejected, {summary.Failed.Count} failed."));
                foreach (var problem in summary.Rejected.Concat(summary.Failed))
                {
                    output.Line($"  {problem.ResponseId}: {problem.Reason}");
                }

                return summary is { Recorded: SatisMeterResponses + 1, Duplicate: 1, Rejected.Count: 1, Failed.Count: 0 };
            }

            await Task.Delay(interval, cancellationToken);
        }
    }

    private static string Message()
    {
        var responses = new List<object>();
        for (var i = 1; i <= SatisMeterResponses; i++)
        {
            responses.Add(SatisMeter($"app-{i}", $"user-{i}", (i * 7) % 11));
        }

        // The same user a second time: SatisMeter refuses it as a duplicate.
        responses.Add(SatisMeter("app-repeat", "user-1", 3));
        responses.Add(QuestionPro("survey-complete", firstAnswer: 50001));
        responses.Add(QuestionPro("survey-screened-out", firstAnswer: 50005));
        return JsonSerializer.Serialize(new { messageId = MessageId, responses });
    }

    private static object SatisMeter(string id, string userId, int score) => new
    {
        id,
        target = "satismeter",
        campaign = SampleAccount.Campaign,
        answers = new object[] { new { id = "nps", value = score } },
        userId,
    };

    private static object QuestionPro(string id, long firstAnswer) => new
    {
        id,
        target = "questionpro",
        surveyId = SampleAccount.SurveyId,
        answers = new Dictionary<string, object>
        {
            ["10001"] = new { answerId = firstAnswer },
            ["10003"] = new { text = "Faster answers from support" },
            ["10005"] = new { amounts = new Dictionary<string, int> { ["80001"] = 40, ["80002"] = 40, ["80003"] = 20 } },
        },
    };
}
