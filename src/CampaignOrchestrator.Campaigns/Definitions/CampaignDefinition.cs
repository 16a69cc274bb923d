using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>
/// A campaign as marketing operations define it once in JSON: the survey, the email waves and their reminders, an
/// optional micropanel batch, how the run is watched and when it stops, and optionally when it runs.
/// </summary>
/// <remarks>
/// Build one with <see cref="CampaignDefinitionParser.Parse(string)"/>, which reports every problem at once; check one
/// built in code with <see cref="CampaignDefinitionValidator.Validate(CampaignDefinition)"/>. Instances are immutable
/// and serialize to the same JSON shape (see <see cref="CampaignDefinitionJson"/>).
/// </remarks>
public sealed record CampaignDefinition
{
    /// <summary>Gets the campaign name: lowercase letters, digits and <c>-</c>, 1–64 characters (it appears in URLs and instance ids).</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Gets the QuestionPro survey the campaign invites to.</summary>
    [JsonPropertyName("survey")]
    public required SurveyTarget Survey { get; init; }

    /// <summary>Gets the checks made before anything is sent; <see langword="null"/> for none.</summary>
    [JsonPropertyName("preflight")]
    public PreflightChecks? Preflight { get; init; }

    /// <summary>Gets the approval the run waits for before sending; <see langword="null"/> to send without one.</summary>
    [JsonPropertyName("approval")]
    public ApprovalGate? Approval { get; init; }

    /// <summary>Gets the email invitation waves, in definition order; empty when the campaign only uses a micropanel batch.</summary>
    [JsonPropertyName("emailInvites")]
    public IReadOnlyList<EmailWave> EmailInvites { get; init; } = [];

    /// <summary>Gets the micropanel (community) batch; <see langword="null"/> for none.</summary>
    [JsonPropertyName("micropanel")]
    public MicropanelBatchDefinition? Micropanel { get; init; }

    /// <summary>Gets how the run watches its batches and when it stops.</summary>
    [JsonPropertyName("monitoring")]
    public required MonitoringPlan Monitoring { get; init; }

    /// <summary>Gets when the scheduler starts runs; <see langword="null"/> for runs started only on demand.</summary>
    [JsonPropertyName("schedule")]
    public CampaignSchedule? Schedule { get; init; }
}
