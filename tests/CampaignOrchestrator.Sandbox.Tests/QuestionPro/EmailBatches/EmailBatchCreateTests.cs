using System.Text.Json;
using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Sandbox.Tests.QuestionPro.EmailBatches;

public sealed class EmailBatchCreateTests
{
    private const string Path = "/a/api/v2/surveys/1001/batches";

    [Fact]
    public async Task Create_Mode1ListAndTemplate_ReturnsBatchShapedLikeTheVendorExample()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var (status, body) = await sandbox.CallAsync(HttpMethod.Post, Path, """{"mode":1,"emailListID":2001,"templateID":3001}""");

        Assert.Equal(200, status);
        var batch = QuestionProAssert.Success(body);
        string[] fields =
        [
            "emailBatchID", "surveyID", "userID", "batchName", "subject", "description", "emailText", "status", "batchType",
            "emailCount", "emailFrom", "creationDate", "emailStatsList", "emailFromName", "emailBatchStatistics",
        ];
        Assert.Equal(fields, batch.EnumerateObject().Select(property => property.Name));
        Assert.Equal(4002, batch.GetProperty("emailBatchID").GetInt64());
        Assert.Equal(1001, batch.GetProperty("surveyID").GetInt64());
        Assert.Equal(JsonValueKind.Null, batch.GetProperty("batchName").ValueKind);
        Assert.Equal("Email List : Sandbox Contacts", batch.GetProperty("description").GetString());
        Assert.Contains("<SURVEY_LINK>", batch.GetProperty("emailText").GetString(), StringComparison.Ordinal);
        Assert.Equal(200, batch.GetProperty("emailCount").GetInt32());
        Assert.Equal("2026-01-05T09:00:00.000+00:00", batch.GetProperty("creationDate").GetString());
        Assert.Equal(JsonValueKind.Null, batch.GetProperty("emailStatsList").ValueKind);
        var statistics = batch.GetProperty("emailBatchStatistics");
        string[] counters =
        [
            "queuedCount", "sentCount", "errorCount", "startedCount", "viewedCount", "takenCount", "blockedCount",
            "participationPendingCount", "unSubscribedCount",
        ];
        Assert.Equal(counters, statistics.EnumerateObject().Select(property => property.Name));
        Assert.Equal(200, statistics.GetProperty("queuedCount").GetInt32());
    }

    [Fact]
    public async Task Create_Mode4AddressesAndCustomTemplate_SendsToTheAddresses()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        const string json = """
            {"mode":4,"emails":["ann@example.com","bob@example.com","ANN@example.com"],"batchName":"VIPs",
             "emailTemplate":{"emailSubject":"Tell us","content":"Hi, please answer: <SURVEY_LINK>"}}
            """;

        var (status, body) = await sandbox.CallAsync(HttpMethod.Post, Path, json);

        Assert.Equal(200, status);
        var batch = QuestionProAssert.Success(body);
        Assert.Equal("VIPs", batch.GetProperty("batchName").GetString());
        Assert.Equal("Tell us", batch.GetProperty("subject").GetString());
        Assert.Equal(2, batch.GetProperty("emailCount").GetInt32());
        var sent = Assert.Single(sandbox.Server.GetLedger(LedgerKinds.EmailBatchSent));
        Assert.Equal(["ann@example.com", "bob@example.com"], sent.Details.GetProperty("recipients").EnumerateArray().Select(email => email.GetString()));
    }

    [Fact]
    public async Task Create_Valid_RecordsCreatedAndSentInTheLedger()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        await sandbox.CallAsync(HttpMethod.Post, Path, """{"mode":2,"emails":["a@example.com"],"templateID":3001}""");

        var entries = sandbox.Server.GetLedger();
        Assert.Equal([LedgerKinds.EmailBatchCreated, LedgerKinds.EmailBatchSent], entries.Select(entry => entry.Kind));
        Assert.Equal([1L, 2L], entries.Select(entry => entry.Sequence));
        var created = entries[0].Details;
        Assert.Equal(1001, created.GetProperty("surveyId").GetInt64());
        Assert.Equal(4002, created.GetProperty("batchId").GetInt64());
        Assert.Equal(2, created.GetProperty("mode").GetInt32());
        Assert.Equal(1, created.GetProperty("recipientCount").GetInt32());
        Assert.Equal(SandboxHarness.Start, entries[0].At);
    }

    [Theory]
    [InlineData("""{"emailListID":2001,"templateID":3001}""", "mode is required")]
    [InlineData("""{"mode":5,"emailListID":2001,"templateID":3001}""", "mode must be one of 1, 2, 3, 4")]
    [InlineData("""{"mode":1,"templateID":3001}""", "emailListID is required")]
    [InlineData("""{"mode":1,"emailListID":-1,"templateID":3001}""", "emailListID must be a positive integer")]
    [InlineData("""{"mode":1,"emailListID":2001}""", "templateID is required")]
    [InlineData("""{"mode":2,"emails":[],"templateID":3001}""", "emails must contain at least one email address")]
    [InlineData("""{"mode":2,"emails":["ok@example.com","nope"],"templateID":3001}""", "emails[1] is not a valid email address")]
    [InlineData("""{"mode":2,"emails":"a@example.com","templateID":3001}""", "emails must be an array of strings")]
    [InlineData("""{"mode":3,"emailListID":2001}""", "emailTemplate is required")]
    [InlineData("""{"mode":3,"emailListID":2001,"emailTemplate":{"content":"<SURVEY_LINK>"}}""", "emailTemplate.emailSubject is required")]
    [InlineData("""{"mode":3,"emailListID":2001,"emailTemplate":{"emailSubject":"Hi","content":"no link"}}""", "emailTemplate.content must contain <SURVEY_LINK>")]
    [InlineData("""[1,2]""", "The request body must be a JSON object")]
    public async Task Create_InvalidBody_Answers400With1002NamingTheField(string json, string message)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var (status, body) = await sandbox.CallAsync(HttpMethod.Post, Path, json);

        Assert.Equal(400, status);
        Assert.Equal(message, QuestionProAssert.Error(body, 400, "BAD_REQUEST", "1002", Path));
        Assert.Empty(sandbox.Server.GetLedger());
    }

    [Theory]
    [InlineData("""{"mode":1,"emailListID":2999,"templateID":3001}""")]
    [InlineData("""{"mode":1,"emailListID":2001,"templateID":3999}""")]
    public async Task Create_UnknownListOrTemplate_Answers404(string json)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var (status, body) = await sandbox.CallAsync(HttpMethod.Post, Path, json);

        Assert.Equal(404, status);
        QuestionProAssert.Error(body, 404, "NOT_FOUND", "1040");
    }

    [Fact]
    public async Task Create_UnknownSurvey_Answers404()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var (status, _) = await sandbox.CallAsync(HttpMethod.Post, "/a/api/v2/surveys/7777/batches", """{"mode":1,"emailListID":2001,"templateID":3001}""");

        Assert.Equal(404, status);
    }
}
