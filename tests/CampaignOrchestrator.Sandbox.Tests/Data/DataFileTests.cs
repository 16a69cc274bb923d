using CampaignOrchestrator.Sandbox.Tests.QuestionPro.Respondent;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Sandbox.Tests.Data;

public sealed class DataFileTests
{
    private const string Survey = """
        {
          "account": { "userId": 42, "emailFrom": "research@example.org", "emailFromName": "Research" },
          "apiKeys": [ { "key": "team-key" } ],
          "surveys": [ {
            "id": 1001, "name": "Replaced", "status": "closed",
            "pages": [ { "questions": [ { "id": 1, "type": "T", "text": "Say something", "answers": [ { "id": 11 } ] } ] } ]
          }, {
            "id": 2020, "name": "Dates and other",
            "pages": [ { "questions": [
              { "id": 21, "type": "D", "text": "When?", "required": true, "includeTime": true },
              { "id": 22, "type": "U", "text": "Source?", "answers": [ { "id": 221, "text": "Friend" }, { "id": 222, "text": "Other", "isOther": true } ] }
            ] } ]
          } ],
          "emailLists": [ { "id": 2500, "name": "Team", "emails": [ "a@example.org", "b@example.org" ] } ],
          "emailBatches": [ { "id": 4100, "surveyId": 2020, "emailListId": 2500, "templateId": 3001 } ],
          "micropanelFilters": [ { "id": 5100, "name": "Everyone", "criteria": "true" } ],
          "satisMeter": { "writeKeys": [ "team-write-key" ], "campaigns": [ { "id": "nps", "writeKey": "team-write-key", "targeting": { "country": "NZ" } } ] }
        }
        """;

    [Fact]
    public async Task Start_WithDataFile_AddsAndReplacesItemsById()
    {
        await using var sandbox = await SandboxHarness.StartAsync(options => options.DataFile = TestData.Write(Survey));

        Assert.Equal("survey_closed", (await new SurveyTaker(sandbox).TakeAsync()).StatusText);
        Assert.Equal(200, (await sandbox.CallAsync(HttpMethod.Get, "/a/api/v2/micropanel/filters/5100", apiKey: "team-key")).Status);
        Assert.Equal(200, (await sandbox.CallAsync(HttpMethod.Get, "/a/api/v2/micropanel/filters/5001")).Status);
        var (status, body) = await sandbox.CallAsync(HttpMethod.Get, "/a/api/v2/surveys/2020/batches/4100");
        Assert.Equal(200, status);
        var batch = QuestionProAssert.Success(body);
        Assert.Equal(42, batch.GetProperty("userID").GetInt64());
        Assert.Equal("research@example.org", batch.GetProperty("emailFrom").GetString());
        Assert.Equal(2, batch.GetProperty("emailCount").GetInt32());
        Assert.Equal("Email List : Team", batch.GetProperty("description").GetString());
        var created = await sandbox.CallAsync(HttpMethod.Post, "/a/api/v2/surveys/2020/batches", """{"mode":1,"emailListID":2500,"templateID":3001}""");
        Assert.Equal(4101, QuestionProAssert.Success(created.Body).GetProperty("emailBatchID").GetInt64());
        const string response = """{"writeKey":"team-write-key","campaign":"nps","answers":[{"id":"q","value":3}],"anonymousId":"x","traits":{"country":"NZ"}}""";
        Assert.Equal(200, (await sandbox.CallAsync(HttpMethod.Post, "/api/responses", response, apiKey: null)).Status);
    }

    [Fact]
    public async Task SubmitPage_DateWithTimeAndOtherText_FollowTheFormParams()
    {
        await using var sandbox = await SandboxHarness.StartAsync(options => options.DataFile = TestData.Write(Survey));
        var taker = new SurveyTaker(sandbox, 2020);

        var page = await taker.TakeAsync();
        Assert.True(page.Response.GetProperty("questions")[0].GetProperty("json").GetProperty("includeTime").GetBoolean());
        var partial = await taker.SubmitExpectingAsync("""{"dt_day_21":"15","dt_month_21":"6","dt_year_21":"2024"}""", "validation_errors");
        Assert.Equal(21, partial.GetProperty("validationErrors")[0].GetProperty("questionId").GetInt64());
        var badTime = await taker.SubmitExpectingAsync(
            """{"dt_day_21":"15","dt_month_21":"6","dt_year_21":"2024","dt_hr_21":"13","dt_min_21":"30","dt_ampm_21":"AM"}""", "validation_errors");
        Assert.StartsWith("Enter a valid time", badTime.GetProperty("validationErrors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        await taker.SubmitExpectingAsync(
            """{"dt_day_21":"15","dt_month_21":"6","dt_year_21":"2024","dt_hr_21":"10","dt_min_21":"30","dt_ampm_21":"AM","u_22":"222","t_222":"A podcast"}""",
            "survey_complete");
    }

    [Theory]
    [InlineData("""{"surveys":[{"id":9,"pages":[]}]}""", "survey 9 needs at least one page")]
    [InlineData("""{"surveys":[{"id":9,"pages":[{"questions":[{"id":1,"type":"X","text":"?"}]}]}]}""", "question 1 has type 'X'")]
    [InlineData("""{"surveys":[{"id":9,"status":"archived","pages":[{"questions":[{"id":1,"type":"C","text":"?"}]}]}]}""", "survey 9 has status 'archived'")]
    [InlineData("""{"surveys":[{"id":9,"pages":[{"questions":[{"id":1,"type":"S","text":"?","answers":[{"id":2}]}]}]}]}""", "constant-sum question 1 needs a total")]
    [InlineData("""{"emailBatches":[{"id":4200,"surveyId":1001,"emailListId":2999,"templateId":3001}]}""", "email batch 4200 refers to")]
    [InlineData("""{"surveys": [""", "is not valid")]
    public async Task Start_InvalidDataFile_FailsWithAClearMessage(string json, string message)
    {
        var path = TestData.Write(json);

        var exception = await Assert.ThrowsAsync<InvalidDataException>(() => VendorSandboxServer.StartAsync(options => options.DataFile = path));

        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.5, null)]
    [InlineData(1d, "/no/such/file.json")]
    public async Task Start_InvalidOptions_FailsValidation(double timeScale, string? dataFile)
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => VendorSandboxServer.StartAsync(options =>
        {
            options.TimeScale = timeScale;
            options.DataFile = dataFile;
        }));

        Assert.Contains("Sandbox:", exception.Message, StringComparison.Ordinal);
    }
}
