namespace CampaignOrchestrator.Sandbox;

/// <summary>Identifiers of the sample account every sandbox starts with (see the sandbox README).</summary>
public static class SampleAccount
{
    /// <summary>A QuestionPro API key with full access.</summary>
    public const string ApiKey = "sandbox-key";

    /// <summary>A QuestionPro API key that may only GET; POST and PUT answer 403.</summary>
    public const string ReadOnlyApiKey = "sandbox-readonly-key";

    /// <summary>The open three-page survey with every question type.</summary>
    public const long SurveyId = 1001;

    /// <summary>A closed survey.</summary>
    public const long ClosedSurveyId = 1002;

    /// <summary>A paused survey.</summary>
    public const long PausedSurveyId = 1003;

    /// <summary>A suspended survey.</summary>
    public const long SuspendedSurveyId = 1004;

    /// <summary>A survey whose completes quota is already full.</summary>
    public const long QuotaFullSurveyId = 1005;

    /// <summary>The email list of 200 generated contacts (<c>contact001@example.com</c> …).</summary>
    public const long EmailListId = 2001;

    /// <summary>An email template whose content contains <c>&lt;SURVEY_LINK&gt;</c>.</summary>
    public const long TemplateId = 3001;

    /// <summary>An email batch of <see cref="SurveyId"/> sent to <see cref="EmailListId"/> when the sandbox starts.</summary>
    public const long EmailBatchId = 4001;

    /// <summary>A micropanel member filter.</summary>
    public const long MicropanelFilterId = 5001;

    /// <summary>The SatisMeter project write key.</summary>
    public const string WriteKey = "sandbox-write-key";

    /// <summary>A SatisMeter campaign without targeting.</summary>
    public const string Campaign = "sandbox-campaign";

    /// <summary>A SatisMeter campaign that only surveys users whose trait <c>plan</c> is <c>pro</c>.</summary>
    public const string TargetedCampaign = "sandbox-targeted-campaign";
}
