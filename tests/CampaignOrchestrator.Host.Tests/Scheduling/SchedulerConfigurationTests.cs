using CampaignOrchestrator.Host.Scheduling;
using CampaignOrchestrator.Host.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Tests.Scheduling;

public sealed class SchedulerConfigurationTests
{
    [Theory]
    [InlineData("Scheduler:PollInterval", "00:00:00", "Scheduler:PollInterval must be between 00:00:01 and 01:00:00 (was 00:00:00).")]
    [InlineData("Scheduler:PollInterval", "02:00:00", "Scheduler:PollInterval must be between 00:00:01 and 01:00:00 (was 02:00:00).")]
    [InlineData("Scheduler:LeaseDuration", "00:00:05", "Scheduler:LeaseDuration must be between 00:00:10 and 01:00:00 (was 00:00:05).")]
    public void Options_SettingOutOfRange_FailNamingTheSetting(string key, string value, string expected)
    {
        // The options as the host registers and binds them, without starting a host around them.
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [key] = value });
        builder.AddCampaignScheduler();
        using var services = builder.Services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SchedulerOptions>>().Value);

        Assert.Equal(expected, Assert.Single(exception.Failures));
    }

    [Fact]
    public void Defaults_PollEveryMinuteAndRenewWellBeforeExpiry()
    {
        var options = new SchedulerOptions();

        Assert.True(options.Enabled);
        Assert.Equal(TimeSpan.FromMinutes(1), options.PollInterval);
        Assert.Equal(TimeSpan.FromMinutes(3), options.LeaseDuration);
        Assert.Equal(TimeSpan.FromMinutes(1), options.RenewInterval);
        Assert.Equal(TimeSpan.FromMinutes(4), options.LateAfter);
        Assert.True(new SchedulerOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public async Task Disabled_ListsSchedulesButHoldsNoLease()
    {
        using var host = new HostFactory(new Dictionary<string, string?> { ["Scheduler:Enabled"] = "false" });

        var body = await Api.ReadJsonAsync(await host.CreateKeyedClient().GetAsync("/api/schedules"));

        Assert.False(body.GetProperty("schedulerEnabled").GetBoolean());
        Assert.False(body.GetProperty("holdsSchedulerLease").GetBoolean());
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Id.Id == 2308);
    }
}
