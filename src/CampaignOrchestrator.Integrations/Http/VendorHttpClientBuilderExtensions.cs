using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace CampaignOrchestrator.Integrations.Http;

/// <summary>Adds the shared vendor pipeline to a typed client: total timeout → safe retries → rate limit → attempt timeout.</summary>
internal static class VendorHttpClientBuilderExtensions
{
    /// <summary>Adds the pipeline.</summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="vendor">The vendor name, used for the pipeline and the limiter registry.</param>
    /// <param name="settings">Reads the credential, budget and resilience settings from the container.</param>
    /// <returns>The builder.</returns>
    public static IHttpClientBuilder AddVendorPipeline(
        this IHttpClientBuilder builder,
        string vendor,
        Func<IServiceProvider, VendorPipelineSettings> settings)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(sp => new CallLimiterRegistry(sp.GetRequiredService<TimeProvider>()));

        builder.AddResilienceHandler(vendor, (pipeline, context) =>
        {
            var resilience = settings(context.ServiceProvider).Resilience;
            pipeline.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
            pipeline.AddTimeout(resilience.TotalTimeout);
            if (resilience.MaxRetryAttempts == 0)
            {
                return;
            }

            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = resilience.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = resilience.BaseDelay,
                MaxDelay = resilience.MaxDelay,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(
                    VendorFailureRules.MayRetry(args.Context.GetRequestMessage()?.Method, args.Outcome.Result, args.Outcome.Exception)),
            });
        });

        // Every attempt, retries included, takes a permit; the attempt timeout starts only once the permit is held, so
        // time spent queued for the budget is never mistaken for a vendor that does not answer.
        builder.AddHttpMessageHandler(sp =>
        {
            var current = settings(sp);
            var limiter = sp.GetRequiredService<CallLimiterRegistry>().GetLimiter(vendor, current.Credential, current.RateLimit);
            return new RateLimitingHandler(limiter);
        });

        builder.AddResilienceHandler($"{vendor}-attempt", (pipeline, context) =>
        {
            pipeline.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
            pipeline.AddTimeout(settings(context.ServiceProvider).Resilience.AttemptTimeout);
        });

        // The factory's request loggers hand the raw header collection to structured sinks even when the text is
        // redacted, so api-key and x-survey-token could reach an exporter: they are removed, and the resilience
        // pipeline's own telemetry (attempts, retries, timeouts) is what operators see.
        builder.RemoveAllLoggers();
        return builder;
    }
}

/// <summary>The per-vendor settings the shared pipeline needs.</summary>
/// <param name="Credential">The key that identifies the caller's budget (never logged).</param>
/// <param name="RateLimit">The budget.</param>
/// <param name="Resilience">Retry and timeout settings.</param>
internal sealed record VendorPipelineSettings(string Credential, CallRateLimitOptions RateLimit, VendorResilienceOptions Resilience);
