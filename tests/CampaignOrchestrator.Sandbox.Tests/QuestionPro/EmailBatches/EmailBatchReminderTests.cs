using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Sandbox.Tests.QuestionPro.EmailBatches;

public sealed class EmailBatchReminderTests
{
    private const string Path = "/a/api/v2/surveys/1001/batches/4001";

    [Fact]
    public async Task SendAgain_AfterTheFirstWave_RemindsNonRespondersAndIncreasesTaken()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Time.Advance(TimeSpan.FromDays(3));
        var before = await BatchStatistics.GetAsync(sandbox);

        var (status, body) = await sandbox.CallAsync(HttpMethod.Put, Path, """{"mode":1,"emailListID":2001,"templateID":3001}""");

        Assert.Equal(200, status);
        Assert.Equal(4001, QuestionProAssert.Success(body).GetProperty("emailBatchID").GetInt64());
        var reminder = Assert.Single(sandbox.Server.GetLedger(LedgerKinds.EmailBatchSent));
        Assert.True(reminder.Details.GetProperty("reminder").GetBoolean());
        Assert.Equal(1, reminder.Details.GetProperty("sendIndex").GetInt32());
        var expectedRecipients = 200 - before.Taken - before.Error - before.Blocked - before.Unsubscribed;
        Assert.Equal(expectedRecipients, reminder.Details.GetProperty("recipientCount").GetInt32());

        sandbox.Time.Advance(TimeSpan.FromDays(3));
        var after = await BatchStatistics.GetAsync(sandbox);
        after.AssertConsistent(200);
        Assert.True(after.Taken > before.Taken + 10, $"{before} -> {after}");
    }

    [Fact]
    public async Task SendAgain_Mode3CustomTemplate_Succeeds()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        const string json = """{"mode":3,"emailListID":2001,"emailTemplate":{"emailSubject":"Reminder","content":"Still time: <SURVEY_LINK>"}}""";

        var (status, _) = await sandbox.CallAsync(HttpMethod.Put, Path, json);

        Assert.Equal(200, status);
        Assert.Equal(3, sandbox.Server.GetLedger(LedgerKinds.EmailBatchSent)[0].Details.GetProperty("mode").GetInt32());
    }

    [Theory]
    [InlineData("""{"mode":2,"emails":["a@example.com"],"templateID":3001}""", "mode must be 1 or 3")]
    [InlineData("""{"mode":4,"emails":["a@example.com"],"emailTemplate":{"emailSubject":"s","content":"<SURVEY_LINK>"}}""", "mode must be 1 or 3")]
    [InlineData("""{"mode":3,"emailListID":2001,"emailTemplate":{"emailSubject":"s","content":"none"}}""", "emailTemplate.content must contain <SURVEY_LINK>")]
    public async Task SendAgain_InvalidBody_Answers400With1002(string json, string message)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var (status, body) = await sandbox.CallAsync(HttpMethod.Put, Path, json);

        Assert.Equal(400, status);
        Assert.StartsWith(message, QuestionProAssert.Error(body, 400, "BAD_REQUEST", "1002", Path), StringComparison.Ordinal);
        Assert.Empty(sandbox.Server.GetLedger());
    }

    [Fact]
    public async Task SendAgain_AnotherEmailList_Answers400With1002()
    {
        await using var sandbox = await SandboxHarness.StartAsync(options => options.DataFile = TestData.Write("""{"emailLists":[{"id":2002,"name":"Other","emails":["x@example.com"]}]}"""));

        var (status, body) = await sandbox.CallAsync(HttpMethod.Put, Path, """{"mode":1,"emailListID":2002,"templateID":3001}""");

        Assert.Equal(400, status);
        Assert.Equal("emailListID must be the batch's email list (2001)", QuestionProAssert.Error(body, 400, "BAD_REQUEST", "1002"));
    }

    [Theory]
    [InlineData("/a/api/v2/surveys/1001/batches/4999")]
    [InlineData("/a/api/v2/surveys/1005/batches/4001")]
    public async Task SendAgain_UnknownBatchOrOtherSurvey_Answers404(string path)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var (status, _) = await sandbox.CallAsync(HttpMethod.Put, path, """{"mode":1,"emailListID":2001,"templateID":3001}""");

        Assert.Equal(404, status);
    }
}
