using System.Text.Json.Serialization;
using CampaignOrchestrator.Integrations.QuestionPro.Micropanel;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>The <c>micropanel.compose</c> part: languages, invitation template and incentives (the survey is the campaign's).</summary>
public sealed record MicropanelComposeDefinition
{
    /// <summary>Gets the survey alias shown to members; <see langword="null"/> for none.</summary>
    [JsonPropertyName("surveyAlias")]
    public string? SurveyAlias { get; init; }

    /// <summary>Gets the expected survey length in minutes; <see langword="null"/> when not stated.</summary>
    [JsonPropertyName("surveyLength")]
    public int? SurveyLength { get; init; }

    /// <summary>Gets the survey language id.</summary>
    [JsonPropertyName("surveyLanguageId")]
    public required long SurveyLanguageId { get; init; }

    /// <summary>Gets the invitation template id.</summary>
    [JsonPropertyName("templateId")]
    public required long TemplateId { get; init; }

    /// <summary>Gets the template language id.</summary>
    [JsonPropertyName("templateLanguageId")]
    public required long TemplateLanguageId { get; init; }

    /// <summary>Gets whether a member may respond more than once; <see langword="null"/> for the vendor's default.</summary>
    [JsonPropertyName("allowMultipleResponses")]
    public bool? AllowMultipleResponses { get; init; }

    /// <summary>Gets the points awarded (<c>completionPoints</c>, <c>quotaPoints</c>, <c>terminationPoints</c>); <see langword="null"/> for none.</summary>
    [JsonPropertyName("incentives")]
    public MicropanelIncentives? Incentives { get; init; }
}
