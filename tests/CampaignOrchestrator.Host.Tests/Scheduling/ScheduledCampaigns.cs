using System.Text.Json.Nodes;

namespace CampaignOrchestrator.Host.Tests.Scheduling;

/// <summary>A campaign directory of its own for one test, holding small valid campaigns with schedules.</summary>
internal sealed class ScheduledCampaigns : IDisposable
{
    public ScheduledCampaigns() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "campaign-orchestrator-host-tests", "scheduled-" + Guid.NewGuid().ToString("N"));

    /// <summary>A valid definition with the given schedule (a JSON object), or none.</summary>
    public static string Definition(string name, string? scheduleJson)
    {
        var definition = new JsonObject
        {
            ["name"] = name,
            ["survey"] = new JsonObject { ["id"] = 1001 },
            ["emailInvites"] = new JsonArray(new JsonObject { ["name"] = "contacts", ["mode"] = 1, ["emailListId"] = 2001, ["templateId"] = 3001 }),
            ["monitoring"] = new JsonObject { ["deadline"] = "2030-12-31T18:00:00Z" },
        };
        if (scheduleJson is not null)
        {
            definition["schedule"] = JsonNode.Parse(scheduleJson);
        }

        return definition.ToJsonString();
    }

    /// <summary>Stores a campaign with a schedule: <c>cron</c>, <c>timeZone</c> and, when given, <c>catchUp</c> and <c>maxCatchUp</c>.</summary>
    public void Add(string name, string cron, string timeZone = "UTC", string? catchUp = null, int? maxCatchUp = null)
    {
        var schedule = new JsonObject { ["cron"] = cron, ["timeZone"] = timeZone };
        if (catchUp is not null)
        {
            schedule["catchUp"] = catchUp;
        }

        if (maxCatchUp is not null)
        {
            schedule["maxCatchUp"] = maxCatchUp;
        }

        Write(name, Definition(name, schedule.ToJsonString()));
    }

    public void Write(string name, string json) => File.WriteAllText(Path.Combine(Folder, name + ".json"), json);

    public void Remove(string name) => File.Delete(Path.Combine(Folder, name + ".json"));

    /// <summary>Deletes the directory; a second call (a factory disposed both ways) finds nothing left to do.</summary>
    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
