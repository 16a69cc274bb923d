using System.Net.Http.Headers;
using CampaignOrchestrator.Integrations.Http;
using CampaignOrchestrator.Integrations.QuestionPro;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;
using CampaignOrchestrator.Integrations.QuestionPro.Micropanel;
using CampaignOrchestrator.Integrations.QuestionPro.Respondent;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the QuestionPro clients.</summary>
public static class QuestionProServiceCollectionExtensions
{
    private const string Vendor = "questionpro";

    /// <summary>
    /// Registers the QuestionPro typed clients (<see cref="QuestionProEmailBatchClient"/>,
    /// <see cref="QuestionProMicropanelClient"/>, <see cref="QuestionProRespondentClient"/>) with options bound from the
    /// <c>QuestionPro</c> configuration section, validated at start-up.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Optional changes applied after binding.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddQuestionPro(this IServiceCollection services, Action<QuestionProOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<QuestionProOptions>().BindSectionIfConfigured(QuestionProOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<QuestionProOptions>, QuestionProOptionsValidator>());

        AddClient<QuestionProEmailBatchClient>(services);
        AddClient<QuestionProMicropanelClient>(services);
        AddClient<QuestionProRespondentClient>(services);
        return services;
    }

    private static void AddClient<TClient>(IServiceCollection services)
        where TClient : class =>
        services
            .AddHttpClient<TClient>((sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<QuestionProOptions>>().Value;
                http.BaseAddress = options.ResolveApiBaseAddress();
                http.DefaultRequestHeaders.Add("api-key", options.ApiKey);
                http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

                // The resilience pipeline owns every timeout; HttpClient's own 100 s limit would cut retries short.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddVendorPipeline(Vendor, sp =>
            {
                var options = sp.GetRequiredService<IOptions<QuestionProOptions>>().Value;
                return new VendorPipelineSettings(options.ApiKey, options.RateLimit, options.Resilience);
            });
}
