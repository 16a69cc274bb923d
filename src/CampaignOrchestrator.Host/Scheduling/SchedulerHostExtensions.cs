using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Scheduling;

/// <summary>Registers the cron scheduler in the host.</summary>
internal static class SchedulerHostExtensions
{
    /// <summary>
    /// Registers the scheduler — options from <c>Scheduler</c> validated at start-up, the lease under a new owner id
    /// for this process, the hosted service that runs the passes — and what <c>GET /api/schedules</c> uses. Needs the
    /// durable host and the campaign catalog (<c>AddDurableHost</c>, <c>AddCampaigns</c>).
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddCampaignScheduler(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SchedulerOptions>().Bind(builder.Configuration.GetSection(SchedulerOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SchedulerOptions>, SchedulerOptionsValidator>();
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<SchedulerLease>(provider, SchedulerLease.NewOwnerId()));
        services.AddSingleton<ScheduledRunHistory>();
        services.AddSingleton<CampaignScheduler>();
        services.AddSingleton<SchedulerTicks>();
        services.AddSingleton<ScheduleOverview>();
        services.AddHostedService<CampaignSchedulerService>();
        return builder;
    }
}
