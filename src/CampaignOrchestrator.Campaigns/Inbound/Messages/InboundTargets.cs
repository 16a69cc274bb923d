namespace CampaignOrchestrator.Campaigns.Inbound.Messages;

/// <summary>The values of a response's <c>target</c>.</summary>
public static class InboundTargets
{
    /// <summary>SatisMeter's insert-response API.</summary>
    public const string SatisMeter = "satismeter";

    /// <summary>A QuestionPro survey, answered page by page through the respondent API.</summary>
    public const string QuestionPro = "questionpro";
}
