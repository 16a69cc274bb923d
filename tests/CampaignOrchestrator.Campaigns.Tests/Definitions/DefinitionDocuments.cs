using System.Globalization;
using System.Text.Json.Nodes;

namespace CampaignOrchestrator.Campaigns.Tests.Definitions;

/// <summary>A valid definition using every feature, and edits of it written as <c>path=json</c> pairs.</summary>
internal static class DefinitionDocuments
{
    /// <summary>Marks a property to remove in an edit (<c>$.survey.datacenter=-</c>).</summary>
    public const string Remove = "-";

    public const string Valid = """
        {
          "name": "spring-nps",
          "survey": { "id": 1001, "datacenter": "EU" },
          "preflight": { "requireOpen": true },
          "approval": { "timeout": "P2D", "onTimeout": "approve" },
          "emailInvites": [
            {
              "name": "contacts",
              "mode": 1,
              "emailListId": 2001,
              "templateId": 3001,
              "batchName": "Spring NPS",
              "reminders": [ { "after": "P2D", "whileTakenRateBelow": 0.3, "mode": 1, "templateId": 3001 } ]
            },
            {
              "name": "custom",
              "mode": 3,
              "emailListId": 2001,
              "startAfter": "PT6H",
              "emailTemplate": { "emailSubject": "Your opinion", "content": "Please answer: <SURVEY_LINK>" }
            }
          ],
          "micropanel": {
            "compose": {
              "surveyAlias": "Spring",
              "surveyLength": 8,
              "surveyLanguageId": 486,
              "templateId": 118632,
              "templateLanguageId": 1,
              "allowMultipleResponses": true,
              "incentives": { "completionPoints": 20, "quotaPoints": 30, "terminationPoints": 40 }
            },
            "recipients": { "filterType": 3, "existingFilterId": 5001 },
            "sendOptions": {
              "automaticClosure": { "enabled": true, "closureDateTime": "06/30/2027 18:00", "responseQuota": 150 },
              "notification": { "enableEmailInvitation": false }
            }
          },
          "monitoring": { "pollInterval": "PT15M", "runFor": "P5D", "takenTarget": 120, "stopWhenMicropanelCloses": false },
          "schedule": { "cron": "0 9 * * MON", "timeZone": "Europe/Paris", "catchUp": "latest" }
        }
        """;

    /// <summary>Applies edits such as <c>$.emailInvites[1].mode=2|$.name=-</c> to <see cref="Valid"/>.</summary>
    public static string Edit(string edits) => Edit(Valid, edits);

    /// <summary>Applies edits such as <c>$.answers[0].value=9|$.userId=-</c> to a JSON object.</summary>
    public static string Edit(string document, string edits)
    {
        var root = JsonNode.Parse(document)!.AsObject();
        foreach (var edit in edits.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = edit.IndexOf('=', StringComparison.Ordinal);
            Set(root, edit[..equals], edit[(equals + 1)..]);
        }

        return root.ToJsonString();
    }

    private static void Set(JsonObject root, string path, string value)
    {
        var segments = Segments(path);
        JsonNode parent = root;
        foreach (var segment in segments[..^1])
        {
            parent = segment is int index
                ? parent.AsArray()[index]!
                : parent.AsObject()[(string)segment] ??= new JsonObject();
        }

        // "=null" writes a JSON null; only "=-" removes the property.
        var last = segments[^1];
        var node = value == Remove ? null : JsonNode.Parse(value);
        if (last is int position)
        {
            parent.AsArray()[position] = node;
        }
        else if (value == Remove)
        {
            parent.AsObject().Remove((string)last);
        }
        else
        {
            parent.AsObject()[(string)last] = node;
        }
    }

    private static object[] Segments(string path)
    {
        var segments = new List<object>();
        foreach (var part in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            segments.Add(bracket < 0 ? part : part[..bracket]);
            for (var i = bracket; i >= 0; i = part.IndexOf('[', i + 1))
            {
                segments.Add(int.Parse(part[(i + 1)..part.IndexOf(']', i)], CultureInfo.InvariantCulture));
            }
        }

        return [.. segments];
    }
}
