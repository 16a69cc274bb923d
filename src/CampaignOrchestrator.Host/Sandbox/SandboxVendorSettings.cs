using CampaignOrchestrator.Integrations.QuestionPro;
using CampaignOrchestrator.Integrations.SatisMeter;
using CampaignOrchestrator.Sandbox;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Sandbox;

/// <summary>
/// Points the QuestionPro and SatisMeter clients at the in-process sandbox, with the sample account's keys. A setting
/// the configuration gives explicitly (<c>QuestionPro:BaseUrl</c>, <c>QuestionPro:ApiKey</c>, <c>SatisMeter:BaseUrl</c>,
/// <c>SatisMeter:WriteKey</c>) is kept, unless <paramref name="replaceConfigured"/> is set (the demo, which must never reach
/// a real vendor).
/// </summary>
/// <param name="sandbox">The sandbox, started on first use.</param>
/// <param name="configuration">The configuration, to tell explicit settings from defaults.</param>
/// <param name="replaceConfigured">Whether explicit settings are replaced too.</param>
internal sealed class SandboxVendorSettings(InProcessVendorSandbox sandbox, IConfiguration configuration, bool replaceConfigured)
    : IPostConfigureOptions<QuestionProOptions>, IPostConfigureOptions<SatisMeterOptions>
{
    /// <inheritdoc />
    public void PostConfigure(string? name, QuestionProOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (ShouldSet(QuestionProOptions.SectionName, nameof(QuestionProOptions.BaseUrl)))
        {
            options.BaseUrl = sandbox.BaseAddress;
        }

        if (ShouldSet(QuestionProOptions.SectionName, nameof(QuestionProOptions.ApiKey)))
        {
            options.ApiKey = SampleAccount.ApiKey;
        }
    }

    /// <inheritdoc />
    public void PostConfigure(string? name, SatisMeterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (ShouldSet(SatisMeterOptions.SectionName, nameof(SatisMeterOptions.BaseUrl)))
        {
            options.BaseUrl = sandbox.BaseAddress;
        }

        if (ShouldSet(SatisMeterOptions.SectionName, nameof(SatisMeterOptions.WriteKey)))
        {
            options.WriteKey = SampleAccount.WriteKey;
        }
    }

    private bool ShouldSet(string section, string setting) =>
        replaceConfigured || string.IsNullOrWhiteSpace(configuration[$"{section}:{setting}"]);
}
