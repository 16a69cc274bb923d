using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Integrations.QuestionPro.Micropanel;

/// <summary>The <c>compose</c> part of a micropanel batch: survey, template and incentives.</summary>
public sealed record MicropanelCompose
{
    /// <summary>Gets the survey.</summary>
    [JsonPropertyName("surveyID")]
    public required long SurveyId { get; init; }

    /// <summary>Gets the survey alias shown to members.</summary>
    public string? SurveyAlias { get; init; }

    /// <summary>Gets the expected survey length in minutes.</summary>
    public int? SurveyLength { get; init; }

    /// <summary>Gets the survey language.</summary>
    [JsonPropertyName("surveyLanguageID")]
    public required long SurveyLanguageId { get; init; }

    /// <summary>Gets the invitation template.</summary>
    [JsonPropertyName("templateID")]
    public required long TemplateId { get; init; }

    /// <summary>Gets the template language.</summary>
    [JsonPropertyName("templateLanguageID")]
    public required long TemplateLanguageId { get; init; }

    /// <summary>Gets whether a member may respond more than once.</summary>
    public bool? AllowMultipleResponses { get; init; }

    /// <summary>Gets the points awarded.</summary>
    public MicropanelIncentives? Incentives { get; init; }
}

/// <summary>Points awarded to members for each outcome.</summary>
/// <param name="CompletionPoints">Points for a completed response.</param>
/// <param name="QuotaPoints">Points when the member hits a full quota.</param>
/// <param name="TerminationPoints">Points when the member is screened out.</param>
public sealed record MicropanelIncentives(int CompletionPoints, int QuotaPoints, int TerminationPoints);
