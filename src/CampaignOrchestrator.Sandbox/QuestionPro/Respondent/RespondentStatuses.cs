namespace CampaignOrchestrator.Sandbox.QuestionPro.Respondent;

/// <summary>The <c>status</c> values the sandbox answers with.</summary>
internal static class RespondentStatuses
{
    public const string Success = "success";
    public const string ValidationErrors = "validation_errors";
    public const string SurveyComplete = "survey_complete";
    public const string Terminated = "terminated";
    public const string AlreadyCompleted = "already_completed";
    public const string QuotaFull = "quota_full";
    public const string SurveyClosed = "survey_closed";
    public const string SurveyPaused = "survey_paused";
    public const string SurveySuspended = "survey_suspended";
}
