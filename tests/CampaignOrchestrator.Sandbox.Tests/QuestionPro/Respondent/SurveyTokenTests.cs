using System.Text.Json;

namespace CampaignOrchestrator.Sandbox.Tests.QuestionPro.Respondent;

public sealed class SurveyTokenTests
{
    [Fact]
    public async Task EveryCall_RefreshesTheToken()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var taker = new SurveyTaker(sandbox);

        var tokens = new List<string?>
        {
            (await taker.TakeAsync()).Token,
            (await taker.TakeAsync()).Token,
            (await taker.SubmitAsync("{}")).Token,
            (await taker.SubmitAsync(SampleAnswers.Page1)).Token,
            (await taker.PreviousAsync()).Token,
        };

        Assert.DoesNotContain(null, tokens);
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
    }

    [Fact]
    public async Task SubmitPage_StaleToken_Answers400InvalidToken()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var taker = new SurveyTaker(sandbox);
        await taker.TakeAsync();
        var stale = taker.Token;
        await taker.TakeAsync();

        taker.Token = stale;
        var reply = await taker.SubmitAsync(SampleAnswers.Page1);

        Assert.Equal(400, reply.Status);
        Assert.Equal("Invalid x-survey-token", QuestionProAssert.Error(reply.Body, 400, "BAD_REQUEST", "1000"));
        Assert.Null(reply.Token);
        Assert.Empty(sandbox.Server.GetLedger());
    }

    [Fact]
    public async Task SubmitPage_TamperedToken_Answers400InvalidToken()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var taker = new SurveyTaker(sandbox);
        await taker.TakeAsync();
        var parts = taker.Token!.Split('.');
        var payload = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Convert.FromBase64String(Pad(parts[0])))!;
        payload["seq"] = JsonSerializer.SerializeToElement(99);
        var forged = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        foreach (var token in new[] { $"{forged}.{parts[1]}", $"{parts[0]}.AAAA", "garbage", parts[0] })
        {
            taker.Token = token;
            var reply = await taker.SubmitAsync(SampleAnswers.Page1);
            Assert.Equal(400, reply.Status);
            Assert.Equal("Invalid x-survey-token", QuestionProAssert.Error(reply.Body, 400, "BAD_REQUEST", "1000"));
        }
    }

    [Fact]
    public async Task SubmitPage_WithoutToken_Answers400InvalidToken()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var taker = new SurveyTaker(sandbox);

        var reply = await taker.SubmitAsync(SampleAnswers.Page1);

        Assert.Equal(400, reply.Status);
        Assert.Equal("Invalid x-survey-token", QuestionProAssert.Error(reply.Body, 400, "BAD_REQUEST", "1000"));
    }

    [Fact]
    public async Task Take_TokenOfAnotherSurvey_Answers400InvalidToken()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var first = new SurveyTaker(sandbox);
        await first.TakeAsync();
        var other = new SurveyTaker(sandbox, SampleAccount.ClosedSurveyId) { Token = first.Token };

        Assert.Equal(400, (await other.TakeAsync()).Status);
    }

    [Fact]
    public async Task SubmitPage_IdleLongerThanSessionTimeout_AnswersSessionExpired()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var taker = new SurveyTaker(sandbox);
        await taker.TakeAsync();
        sandbox.Time.Advance(TimeSpan.FromMinutes(29));
        await taker.SubmitExpectingAsync(SampleAnswers.Page1, "success");

        sandbox.Time.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(1));
        var reply = await taker.SubmitAsync(SampleAnswers.Page2);

        Assert.Equal(400, reply.Status);
        Assert.Equal(["error", "requestID"], reply.Body.EnumerateObject().Select(property => property.Name));
        Assert.Equal(1002, reply.Body.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("Session expired. Please load the survey page before submitting.", reply.Body.GetProperty("error").GetProperty("message").GetString());
        Assert.Null(reply.Token);

        taker.Token = null;
        Assert.Equal([10001L, 10002], (await taker.TakeAsync()).QuestionIds);
    }

    [Fact]
    public async Task Take_ConfiguredTokenSecret_TokensVerifyAcrossSandboxes()
    {
        await using var sandbox = await SandboxHarness.StartAsync(options => options.TokenSecret = "shared-secret");
        var taker = new SurveyTaker(sandbox);

        await taker.TakeAsync();

        var parts = taker.Token!.Split('.');
        using var hmac = new System.Security.Cryptography.HMACSHA256("shared-secret"u8.ToArray());
        var signature = Convert.ToBase64String(hmac.ComputeHash(System.Text.Encoding.ASCII.GetBytes(parts[0]))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Equal(signature, parts[1]);
        var payload = JsonSerializer.Deserialize<JsonElement>(Convert.FromBase64String(Pad(parts[0])));
        Assert.Equal(1001, payload.GetProperty("svy").GetInt64());
        Assert.Equal(1, payload.GetProperty("seq").GetInt32());
        Assert.Equal(SandboxHarness.Start.ToUnixTimeSeconds(), payload.GetProperty("iat").GetInt64());
    }

    private static string Pad(string base64Url)
    {
        var base64 = base64Url.Replace('-', '+').Replace('_', '/');
        return base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
    }
}
