using System.Text.Json.Nodes;
using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Sandbox.Tests.QuestionPro.Micropanel;

public sealed class MicropanelTests
{
    private const string Path = "/a/api/v2/micropanel/batches";

    [Fact]
    public async Task Create_ValidRequest_ReturnsCampaignBatchIdAndRecordsIt()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var (status, body) = await sandbox.CallAsync(HttpMethod.Post, Path, Request().ToJsonString());

        Assert.Equal(200, status);
        var response = QuestionProAssert.Success(body);
        Assert.Equal(6001, response.GetProperty("campaignBatchID").GetInt64());
        Assert.Equal(
            "Invitation request submitted successfully. Please note down the campaign batchID to check the progress.",
            response.GetProperty("message").GetString());
        var entry = Assert.Single(sandbox.Server.GetLedger(LedgerKinds.MicropanelBatchCreated));
        Assert.Equal(1001, entry.Details.GetProperty("surveyId").GetInt64());
        Assert.Equal(2, entry.Details.GetProperty("filterType").GetInt32());
        Assert.Equal(20, entry.Details.GetProperty("incentives").GetProperty("completionPoints").GetInt64());
    }

    [Fact]
    public async Task Get_AsSimulatedTimePasses_StatusProgressesToClosed()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var request = Request();
        request["send"]!["deliveryOptions"]!["automaticClosure"]!["closureDateTime"] = "01/06/2026 09:00";
        await sandbox.CallAsync(HttpMethod.Post, Path, request.ToJsonString());

        var statuses = new List<string>();
        foreach (var step in new[] { 0, 2, 10, 60 * 24 })
        {
            sandbox.Time.Advance(TimeSpan.FromMinutes(step));
            var (status, body) = await sandbox.CallAsync(HttpMethod.Get, $"{Path}/6001");
            Assert.Equal(200, status);
            var batch = QuestionProAssert.Success(body);
            Assert.Equal(["id", "surveyID", "senderUserID", "status", "creationTimestamp"], batch.EnumerateObject().Select(property => property.Name));
            Assert.Equal("2026-01-05T09:00:00.000+00:00", batch.GetProperty("creationTimestamp").GetString());
            statuses.Add(batch.GetProperty("status").GetString()!);
        }

        Assert.Equal(["Queued", "Delivery In Progress", "Delivery Successful", "Closed"], statuses);
    }

    [Fact]
    public async Task Get_ClosureDisabled_StaysDelivered()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var request = Request();
        request["send"]!["deliveryOptions"]!["automaticClosure"]!["enabled"] = false;
        await sandbox.CallAsync(HttpMethod.Post, Path, request.ToJsonString());

        sandbox.Time.Advance(TimeSpan.FromDays(400));
        var (_, body) = await sandbox.CallAsync(HttpMethod.Get, $"{Path}/6001");

        Assert.Equal("Delivery Successful", QuestionProAssert.Success(body).GetProperty("status").GetString());
    }

    [Fact]
    public async Task GetFilter_SeededFilter_ReturnsIt()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var (status, body) = await sandbox.CallAsync(HttpMethod.Get, "/a/api/v2/micropanel/filters/5001");

        Assert.Equal(200, status);
        var filter = QuestionProAssert.Success(body);
        Assert.Equal(5001, filter.GetProperty("panelSegmentId").GetInt64());
        Assert.False(string.IsNullOrEmpty(filter.GetProperty("name").GetString()));
        Assert.False(string.IsNullOrEmpty(filter.GetProperty("criteria").GetString()));
    }

    [Theory]
    [InlineData("compose", null, "compose is required")]
    [InlineData("compose.surveyID", 0, "compose.surveyID must be a positive integer")]
    [InlineData("compose.surveyID", 424242, "compose.surveyID 424242 does not exist")]
    [InlineData("compose.templateID", -3, "compose.templateID must be a positive integer")]
    [InlineData("compose.incentives.quotaPoints", -1, "compose.incentives.quotaPoints must be an integer of at least 0")]
    [InlineData("recipients.filterType", 4, "recipients.filterType must be 1")]
    [InlineData("recipients.emailAddress", null, "recipients.emailAddress is required")]
    [InlineData("recipients.emailAddress", "not-an-email", "recipients.emailAddress must be a valid email address")]
    [InlineData("send.deliveryOptions.automaticClosure.closureDateTime", "2023-12-10 13:43", "send.deliveryOptions.automaticClosure.closureDateTime must be a date and time formatted MM/dd/yyyy HH:mm")]
    [InlineData("send.deliveryOptions.automaticClosure.closureDateTime", null, "send.deliveryOptions.automaticClosure.closureDateTime is required")]
    public async Task Create_InvalidField_Answers400With1002NamingIt(string field, object? value, string message)
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var request = Request();
        var parts = field.Split('.');
        var parent = parts[..^1].Aggregate((JsonNode)request, (node, part) => node[part]!);
        parent[parts[^1]] = value is null ? null : JsonValue.Create(value);

        var (status, body) = await sandbox.CallAsync(HttpMethod.Post, Path, request.ToJsonString());

        Assert.Equal(400, status);
        Assert.StartsWith(message, QuestionProAssert.Error(body, 400, "BAD_REQUEST", "1002", Path), StringComparison.Ordinal);
        Assert.Empty(sandbox.Server.GetLedger());
    }

    [Fact]
    public async Task Create_FilterType3_NeedsAnExistingFilter()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var request = Request();
        request["recipients"] = new JsonObject { ["filterType"] = 3, ["existingFilterID"] = 5001 };
        var unknown = Request();
        unknown["recipients"] = new JsonObject { ["filterType"] = 3, ["existingFilterID"] = 5999 };
        var missing = Request();
        missing["recipients"] = new JsonObject { ["filterType"] = 3 };

        Assert.Equal(200, (await sandbox.CallAsync(HttpMethod.Post, Path, request.ToJsonString())).Status);
        Assert.Equal(404, (await sandbox.CallAsync(HttpMethod.Post, Path, unknown.ToJsonString())).Status);
        var (status, body) = await sandbox.CallAsync(HttpMethod.Post, Path, missing.ToJsonString());
        Assert.Equal(400, status);
        Assert.Equal("recipients.existingFilterID is required", QuestionProAssert.Error(body, 400, "BAD_REQUEST", "1002"));
    }

    [Fact]
    public async Task Create_FilterType1_NeedsNothingElse()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var request = Request();
        request["recipients"] = new JsonObject { ["filterType"] = 1 };
        request.Remove("send");

        Assert.Equal(200, (await sandbox.CallAsync(HttpMethod.Post, Path, request.ToJsonString())).Status);
    }

    private static JsonObject Request() => JsonNode.Parse("""
        {
          "compose": {
            "surveyID": 1001, "surveyAlias": "", "surveyLength": 8, "surveyLanguageID": 486, "templateID": 118632,
            "templateLanguageID": 1, "allowMultipleResponses": true,
            "incentives": { "completionPoints": 20, "quotaPoints": 30, "terminationPoints": 40 }
          },
          "recipients": { "filterType": 2, "emailAddress": "member@example.com" },
          "send": {
            "deliveryOptions": { "automaticClosure": { "enabled": true, "closureDateTime": "12/10/2030 13:43", "responseQuota": 10 } },
            "notification": { "enableEmailInvitation": false }
          }
        }
        """)!.AsObject();
}
