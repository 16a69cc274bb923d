namespace CampaignOrchestrator.Sandbox.Tests.QuestionPro;

public sealed class RateLimitTests
{
    private const string Path = "/a/api/v2/micropanel/filters/5001";

    [Fact]
    public async Task Get_301stCallInWindow_Answers429UntilWindowSlides()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        for (var i = 0; i < 300; i++)
        {
            using var accepted = await sandbox.GetAsync(Path);
            Assert.Equal(200, (int)accepted.StatusCode);
        }

        var (status, body) = await sandbox.CallAsync(HttpMethod.Get, Path);
        Assert.Equal(429, status);
        var message = QuestionProAssert.Error(body, 429, "TOO_MANY_REQUESTS", "1013", Path);
        Assert.Contains("300 calls per 60 seconds", message, StringComparison.Ordinal);

        sandbox.Time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(429, (await sandbox.CallAsync(HttpMethod.Get, Path)).Status);

        sandbox.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(200, (await sandbox.CallAsync(HttpMethod.Get, Path)).Status);
        Assert.Equal(2, sandbox.Server.GetMetrics().RateLimiterRejections);
    }

    [Fact]
    public async Task Get_CallsSpreadOverWindow_SlideExactly()
    {
        await using var sandbox = await SandboxHarness.StartAsync(options => options.QuestionProRateLimit = new RateLimitOptions { PermitLimit = 3, Window = TimeSpan.FromSeconds(10) });

        Assert.Equal(200, (await sandbox.CallAsync(HttpMethod.Get, Path)).Status);
        sandbox.Time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(200, (await sandbox.CallAsync(HttpMethod.Get, Path)).Status);
        Assert.Equal(200, (await sandbox.CallAsync(HttpMethod.Get, Path)).Status);
        Assert.Equal(429, (await sandbox.CallAsync(HttpMethod.Get, Path)).Status);

        // At 10 s the first call leaves the window; the two at 4 s stay until 14 s.
        sandbox.Time.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(200, (await sandbox.CallAsync(HttpMethod.Get, Path)).Status);
        Assert.Equal(429, (await sandbox.CallAsync(HttpMethod.Get, Path)).Status);
    }

    [Fact]
    public async Task Get_LimitIsPerApiKey_OtherKeyStillServed()
    {
        await using var sandbox = await SandboxHarness.StartAsync(options => options.QuestionProRateLimit.PermitLimit = 2);

        await sandbox.CallAsync(HttpMethod.Get, Path);
        await sandbox.CallAsync(HttpMethod.Get, Path);

        Assert.Equal(429, (await sandbox.CallAsync(HttpMethod.Get, Path)).Status);
        Assert.Equal(200, (await sandbox.CallAsync(HttpMethod.Get, Path, apiKey: SampleAccount.ReadOnlyApiKey)).Status);
    }

    [Fact]
    public async Task Get_UnknownRoutesAndErrors_CountTowardsTheLimit()
    {
        await using var sandbox = await SandboxHarness.StartAsync(options => options.QuestionProRateLimit.PermitLimit = 2);

        Assert.Equal(404, (await sandbox.CallAsync(HttpMethod.Get, "/a/api/v2/unknown")).Status);
        Assert.Equal(400, (await sandbox.CallAsync(HttpMethod.Get, "/a/api/v2/surveys/x/batches")).Status);

        Assert.Equal(429, (await sandbox.CallAsync(HttpMethod.Get, Path)).Status);
    }
}
