using System.Text.Json;

namespace CampaignOrchestrator.Sandbox.Tests.QuestionPro.Respondent;

/// <summary>A respondent that echoes the latest <c>x-survey-token</c>, as the vendor requires.</summary>
internal sealed class SurveyTaker(SandboxHarness sandbox, long surveyId = SampleAccount.SurveyId)
{
    public string? Token { get; set; }

    public string Root => $"/a/api/v2/surveys/{surveyId}";

    public Task<RespondentReply> TakeAsync() => SendAsync(HttpMethod.Get, "take", json: null);

    public Task<RespondentReply> SubmitAsync(string json) => SendAsync(HttpMethod.Post, "submit-page", json);

    public Task<RespondentReply> PreviousAsync() => SendAsync(HttpMethod.Get, "previous-page", json: null);

    /// <summary>Submits and asserts the answer was accepted with the given status.</summary>
    public async Task<JsonElement> SubmitExpectingAsync(string json, string status)
    {
        var reply = await SubmitAsync(json);
        Assert.Equal(200, reply.Status);
        Assert.Equal(status, reply.Response.GetProperty("status").GetString());
        return reply.Response;
    }

    private async Task<RespondentReply> SendAsync(HttpMethod method, string action, string? json)
    {
        using var response = await sandbox.SendAsync(method, $"{Root}/{action}", json, SampleAccount.ApiKey, Token);
        var token = response.Headers.TryGetValues("x-survey-token", out var values) ? values.Single() : null;
        if (token is not null)
        {
            Token = token;
        }

        return new RespondentReply((int)response.StatusCode, await SandboxHarness.JsonOf(response), token);
    }
}

/// <summary>A respondent API answer: HTTP status, body and the token header (if any).</summary>
internal sealed record RespondentReply(int Status, JsonElement Body, string? Token)
{
    public JsonElement Response => Body.GetProperty("response");

    public string? StatusText => Body.TryGetProperty("response", out var response) && response.TryGetProperty("status", out var status) ? status.GetString() : null;

    public IEnumerable<long> QuestionIds => Response.GetProperty("questions").EnumerateArray().Select(question => question.GetProperty("json").GetProperty("id").GetInt64());
}
