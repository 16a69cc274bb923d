using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Sandbox.Tests.Control;

public sealed class FaultSettingsApiTests
{
    [Fact]
    public async Task Post_ValidSettings_AppliesAndReadsBack()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var (status, body) = await sandbox.CallAsync(HttpMethod.Post, "/_sandbox/faults", """{"seed":3,"rateLimitWithRetryAfterRate":0.25,"retryAfterSeconds":2,"methods":["POST","PUT"]}""", apiKey: null);
        var (_, readBack) = await sandbox.CallAsync(HttpMethod.Get, "/_sandbox/faults", apiKey: null);

        Assert.Equal(200, status);
        Assert.Equal(0.25, body.GetProperty("rateLimitWithRetryAfterRate").GetDouble());
        Assert.Equal(2, readBack.GetProperty("retryAfterSeconds").GetInt32());
        Assert.Equal(["POST", "PUT"], readBack.GetProperty("methods").EnumerateArray().Select(method => method.GetString()));
        Assert.Equal(0.25, sandbox.Server.Sandbox.Faults.RateLimitWithRetryAfterRate);
    }

    [Theory]
    [InlineData("""{"serverErrorRate":1.5}""", "serverErrorRate")]
    [InlineData("""{"timeoutRate":-0.1}""", "timeoutRate")]
    [InlineData("""{"serverErrorRate":0.6,"invalidJsonRate":0.6}""", "rates")]
    [InlineData("""{"latencyRate":0.5,"latencyMs":-1}""", "latencyMs")]
    [InlineData("""{"serverErrorRate":"high"}""", "serverErrorRate")]
    public async Task Post_InvalidSettings_Answers400NamingTheField(string json, string field)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var (status, body) = await sandbox.CallAsync(HttpMethod.Post, "/_sandbox/faults", json, apiKey: null);

        Assert.Equal(400, status);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
        Assert.Equal(0, sandbox.Server.Sandbox.Faults.ServerErrorRate);
    }

    [Fact]
    public async Task Post_UnknownField_Answers400()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var (status, body) = await sandbox.CallAsync(HttpMethod.Post, "/_sandbox/faults", """{"serverErorRate":1}""", apiKey: null);

        Assert.Equal(400, status);
        Assert.Contains("serverErorRate", body.GetProperty("errors").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RatesAddingUpAboveOne_NamesRates()
    {
        var problems = new FaultSettings { ServerErrorRate = 0.7, RateLimitRate = 0.7 }.Validate();

        Assert.Equal(["rates"], problems.Keys);
    }

    [Fact]
    public async Task SetFaults_InvalidSettings_ThrowsAndKeepsTheOldOnes()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.SetFaults(new FaultSettings { LatencyRate = 0.5 });

        var exception = Assert.Throws<ArgumentException>(() => sandbox.Server.SetFaults(new FaultSettings { InvalidJsonRate = 2 }));

        Assert.Contains("invalidJsonRate", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0.5, sandbox.Server.Sandbox.Faults.LatencyRate);
    }
}
