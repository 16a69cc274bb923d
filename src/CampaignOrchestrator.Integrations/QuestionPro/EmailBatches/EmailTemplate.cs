namespace CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;

/// <summary>A custom email template (modes 3 and 4).</summary>
/// <param name="EmailSubject">The subject line.</param>
/// <param name="Content">The body; must contain <see cref="SurveyLinkPlaceholder"/>.</param>
public sealed record EmailTemplate(string EmailSubject, string Content)
{
    /// <summary>The placeholder QuestionPro replaces with each recipient's survey link.</summary>
    public const string SurveyLinkPlaceholder = "<SURVEY_LINK>";
}
