namespace CampaignOrchestrator.Integrations.QuestionPro.Micropanel;

/// <summary>The body of <c>POST /micropanel/batches</c>: invites community members to a survey.</summary>
public sealed record CreateMicropanelBatchRequest
{
    /// <summary>Gets the survey, template and incentives.</summary>
    public required MicropanelCompose Compose { get; init; }

    /// <summary>Gets who is invited.</summary>
    public required MicropanelRecipients Recipients { get; init; }

    /// <summary>Gets delivery and notification options.</summary>
    public MicropanelSendOptions? Send { get; init; }
}
