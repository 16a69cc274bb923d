using System.Globalization;

namespace CampaignOrchestrator.Host.Demo;

/// <summary>
/// The campaign the demo runs: a copy of <c>samples/campaigns/sandbox-spring-nps.json</c> (two email waves, a reminder,
/// a micropanel batch, monitoring with a taken target and a run time), on the sandbox's sample account, with shorter
/// timings — second wave after 3 h instead of 6 h, reminder after 12 h instead of 2 days, target 60 instead of 120,
/// run time 2 days instead of 5 — so a run ends within about a simulated day, and with the micropanel batch's closure
/// time, which the sandbox requires when automatic closure is enabled (the sample leaves it out). It is written to the demo's
/// campaign directory and started through the campaign API, as a stored campaign.
/// </summary>
internal static class DemoCampaign
{
    /// <summary>The campaign's name (and file name).</summary>
    public const string Name = "demo-spring-nps";

    /// <summary>The definition, with <c>{closureDateTime}</c> where the micropanel batch's closure time goes.</summary>
    public const string Template = """
        {
          "name": "demo-spring-nps",
          "survey": { "id": 1001, "datacenter": "US" },
          "preflight": { "requireOpen": true },
          "emailInvites": [
            {
              "name": "contacts",
              "mode": 1,
              "emailListId": 2001,
              "templateId": 3001,
              "batchName": "Spring NPS - contacts",
              "reminders": [
                { "after": "PT12H", "whileTakenRateBelow": 0.35, "mode": 1, "templateId": 3001 }
              ]
            },
            {
              "name": "contacts-personal",
              "mode": 3,
              "emailListId": 2001,
              "startAfter": "PT3H",
              "emailTemplate": {
                "emailSubject": "Two minutes for our spring survey?",
                "content": "Hello,\n\nWe would love to hear how we did this spring: <SURVEY_LINK>\n\nThank you!"
              }
            }
          ],
          "micropanel": {
            "compose": {
              "surveyAlias": "Spring NPS",
              "surveyLength": 5,
              "surveyLanguageId": 486,
              "templateId": 118632,
              "templateLanguageId": 1,
              "allowMultipleResponses": false,
              "incentives": { "completionPoints": 20, "quotaPoints": 5, "terminationPoints": 2 }
            },
            "recipients": { "filterType": 3, "existingFilterId": 5001 },
            "sendOptions": {
              "automaticClosure": { "enabled": true, "closureDateTime": "{closureDateTime}", "responseQuota": 150 },
              "notification": { "enableEmailInvitation": true }
            }
          },
          "monitoring": {
            "pollInterval": "PT15M",
            "runFor": "P2D",
            "takenTarget": 60
          }
        }
        """;

    /// <summary>How long after the demo starts (simulated time) the micropanel batch closes.</summary>
    public static readonly TimeSpan MicropanelOpenFor = TimeSpan.FromHours(12);

    /// <summary>The definition, its micropanel batch closing at <paramref name="closureAt"/>.</summary>
    /// <param name="closureAt">When the micropanel batch closes (a whole minute, as the vendor's format has no seconds).</param>
    /// <returns>The JSON text.</returns>
    public static string Json(DateTimeOffset closureAt) =>
        Template.Replace("{closureDateTime}", closureAt.UtcDateTime.ToString("MM/dd/yyyy HH:mm", CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>Writes the definition as <c>{Name}.json</c> into the campaign directory.</summary>
    /// <param name="directory">The campaign directory.</param>
    /// <param name="start">The demo's start (simulated): the micropanel batch closes <see cref="MicropanelOpenFor"/> later.</param>
    public static void WriteTo(string directory, DateTimeOffset start) =>
        File.WriteAllText(Path.Combine(directory, Name + ".json"), Json(start + MicropanelOpenFor));
}
