using System.Net;
using System.Text.Json;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Host.Tests.TestSupport;

namespace CampaignOrchestrator.Host.Tests.Scheduling;

/// <summary><c>GET /api/schedules</c> on a host whose store is of the fixture's backend.</summary>
public abstract class ScheduleApiTests<TFixture>(TFixture host) : IClassFixture<TFixture>
    where TFixture : ScheduleHostFixture
{
    [Fact]
    public async Task List_WithoutKey_Returns401()
    {
        var response = await host.CreateAnonymousClient().GetAsync("/api/schedules");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task List_WithKey_ListsEveryStoredScheduleByNameAndSaysThisProcessSchedules()
    {
        var body = await ListAsync();

        Assert.True(body.GetProperty("schedulerEnabled").GetBoolean());
        Assert.True(body.GetProperty("holdsSchedulerLease").GetBoolean());
        Assert.Equal("2026-11-30T08:30:00Z", body.GetProperty("now").GetString());
        Assert.Equal(
            ["broken-cron", "broken-elsewhere", "every-day", "weekly-nps"],
            body.GetProperty("schedules").EnumerateArray().Select(s => s.GetProperty("campaign").GetString()));
    }

    [Fact]
    public async Task List_ValidSchedule_ShowsItsLastAndNextOccurrencesInUtcAndLocalTime()
    {
        var weekly = Schedule(await ListAsync(), "weekly-nps");

        Assert.True(weekly.GetProperty("valid").GetBoolean());
        Assert.Equal("0 9 * * MON", weekly.GetProperty("cron").GetString());
        Assert.Equal("Europe/Paris", weekly.GetProperty("timeZone").GetString());
        Assert.Equal("latest", weekly.GetProperty("catchUp").GetString());
        Assert.Equal(JsonValueKind.Null, weekly.GetProperty("maxCatchUp").ValueKind);
        Assert.Equal(JsonValueKind.Null, weekly.GetProperty("errors").ValueKind);
        AssertOccurrence(weekly.GetProperty("lastOccurrence"), "2026-11-30T08:00:00Z", "2026-11-30T09:00:00+01:00", "weekly-nps@20261130T0800Z", null);
        AssertOccurrence(weekly.GetProperty("nextOccurrence"), "2026-12-07T08:00:00Z", "2026-12-07T09:00:00+01:00", "weekly-nps@20261207T0800Z", null);
        Assert.Empty(weekly.GetProperty("recentRuns").EnumerateArray());
    }

    [Fact]
    public async Task List_ScheduleWithRuns_ListsTheRecentRunsNewestFirstWithTheirStatus()
    {
        foreach (var instanceId in new[] { "every-day@20261128T1100Z", "every-day@20261129T1100Z" })
        {
            await host.Durable.StartAsync(TestOrchestrations.Greeting, "scheduler", new Durable.Client.StartOrchestrationOptions(instanceId));
            await host.WaitForStatusAsync(instanceId, RuntimeStatus.Completed);
        }

        var daily = Schedule(await ListAsync(), "every-day");

        Assert.Equal("all", daily.GetProperty("catchUp").GetString());
        Assert.Equal(3, daily.GetProperty("maxCatchUp").GetInt32());
        AssertOccurrence(daily.GetProperty("lastOccurrence"), "2026-11-29T11:00:00Z", "2026-11-29T06:00:00-05:00", "every-day@20261129T1100Z", "Completed");
        AssertOccurrence(daily.GetProperty("nextOccurrence"), "2026-11-30T11:00:00Z", "2026-11-30T06:00:00-05:00", "every-day@20261130T1100Z", null);
        var runs = daily.GetProperty("recentRuns").EnumerateArray().ToList();
        Assert.Equal(["every-day@20261129T1100Z", "every-day@20261128T1100Z"], runs.Select(r => r.GetProperty("instanceId").GetString()));
        Assert.Equal("2026-11-29T11:00:00Z", runs[0].GetProperty("occurrenceUtc").GetString());
        Assert.All(runs, run => Assert.Equal("Completed", run.GetProperty("runtimeStatus").GetString()));
    }

    [Fact]
    public async Task List_InvalidCampaignsWithASchedule_AreListedWithTheirErrors()
    {
        var body = await ListAsync();
        var brokenCron = Schedule(body, "broken-cron");
        var brokenElsewhere = Schedule(body, "broken-elsewhere");

        Assert.False(brokenCron.GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Null, brokenCron.GetProperty("nextOccurrence").ValueKind);
        Assert.Equal(
            "never occurs: no month has that day (e.g. 30 February)",
            brokenCron.GetProperty("errors").GetProperty("$.schedule.cron")[0].GetString());
        Assert.False(brokenElsewhere.GetProperty("valid").GetBoolean());
        Assert.True(brokenElsewhere.GetProperty("errors").TryGetProperty("$.survey.id", out _));
    }

    private async Task<JsonElement> ListAsync()
    {
        var response = await host.CreateKeyedClient().GetAsync("/api/schedules");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await Api.ReadJsonAsync(response);
    }

    private static JsonElement Schedule(JsonElement body, string campaign) =>
        body.GetProperty("schedules").EnumerateArray().Single(s => s.GetProperty("campaign").GetString() == campaign);

    private static void AssertOccurrence(JsonElement occurrence, string utc, string local, string instanceId, string? runtimeStatus)
    {
        Assert.Equal(utc, occurrence.GetProperty("utc").GetString());
        Assert.Equal(local, occurrence.GetProperty("local").GetString());
        Assert.Equal(instanceId, occurrence.GetProperty("instanceId").GetString());
        Assert.Equal(runtimeStatus, occurrence.GetProperty("runtimeStatus").GetString());
    }
}
