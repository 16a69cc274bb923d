using CampaignOrchestrator.Host.Demo;

namespace CampaignOrchestrator.Host.Tests.Demo;

public sealed class DemoSettingsTests
{
    [Fact]
    public void Read_WithoutArguments_GivesTheDefaults()
    {
        var (settings, problems) = DemoSettings.Read([]);

        Assert.Empty(problems);
        Assert.Equal(3600, settings!.TimeScale);
        Assert.Equal(TimeSpan.FromMinutes(3), settings.Timeout);
        Assert.Null(settings.Port);
        Assert.Equal(".data", settings.DataDirectory);
    }

    [Fact]
    public void Read_TakesShortSwitchesAndConfigurationKeys()
    {
        var (settings, problems) = DemoSettings.Read(["--scale", "7200", "--timeout", "00:01:30", "--port", "0", "--Demo:DataDirectory=/tmp/x", "--Sandbox:Seed=3"]);

        Assert.Empty(problems);
        Assert.Equal(7200, settings!.TimeScale);
        Assert.Equal(TimeSpan.FromSeconds(90), settings.Timeout);
        Assert.Equal(0, settings.Port);
        Assert.Equal("/tmp/x", settings.DataDirectory);
    }

    [Theory]
    [InlineData("--scale", "0.5", "Demo:TimeScale (--scale) must be a finite number of at least 1 (was 0.5).")]
    [InlineData("--timeout", "00:00:00", "Demo:Timeout (--timeout) must be positive (was 00:00:00).")]
    [InlineData("--port", "70000", "Demo:Port (--port) must be from 0 to 65535 (was 70000).")]
    public void Read_NamesTheSettingOfABadValue(string name, string value, string expected)
    {
        var (settings, problems) = DemoSettings.Read([name, value]);

        Assert.Null(settings);
        Assert.Equal([expected], problems);
    }

    [Fact]
    public void Read_ReportsAValueThatIsNotANumber()
    {
        var (settings, problems) = DemoSettings.Read(["--scale", "fast"]);

        Assert.Null(settings);
        Assert.Contains("fast", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "demo" }, true)]
    [InlineData(new[] { "DEMO", "--scale", "10" }, true)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:0" }, false)]
    [InlineData(new string[0], false)]
    public void IsRequested_LooksAtTheFirstArgument(string[] args, bool expected)
    {
        Assert.Equal(expected, DemoCommand.IsRequested(args));
    }
}
