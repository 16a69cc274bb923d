namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>The <c>response.status</c> of a respondent API call (<c>/take</c>, <c>/submit-page</c>, <c>/previous-page</c>).</summary>
public enum RespondentStatus
{
    /// <summary>A status this client does not know; the wire text is kept in <see cref="RespondentPage.RawStatus"/>.</summary>
    Unknown = 0,

    /// <summary><c>success</c>: a page of questions was returned.</summary>
    Success,

    /// <summary><c>validation_errors</c>: the submitted page was rejected and is returned with errors.</summary>
    ValidationErrors,

    /// <summary><c>survey_complete</c>: the respondent finished the survey.</summary>
    SurveyComplete,

    /// <summary><c>terminated</c>: the respondent was screened out.</summary>
    Terminated,

    /// <summary><c>authentication_required</c>: the survey needs the respondent to authenticate.</summary>
    AuthenticationRequired,

    /// <summary><c>already_completed</c>: this respondent has already completed the survey.</summary>
    AlreadyCompleted,

    /// <summary><c>quota_full</c>: the quota the respondent falls into is full.</summary>
    QuotaFull,

    /// <summary><c>survey_closed</c>: the survey no longer accepts responses.</summary>
    SurveyClosed,

    /// <summary><c>survey_paused</c>: the survey is paused.</summary>
    SurveyPaused,

    /// <summary><c>survey_suspended</c>: the survey is suspended.</summary>
    SurveySuspended,

    /// <summary><c>language_selection_required</c>: the respondent must pick a language first.</summary>
    LanguageSelectionRequired,

    /// <summary><c>survey_opt_out</c>: the respondent opted out.</summary>
    SurveyOptOut,

    /// <summary><c>redirect</c>: the respondent is sent to <see cref="RespondentPage.RedirectUrl"/>.</summary>
    Redirect,

    /// <summary><c>error</c>: the server reported an error for this session.</summary>
    Error,
}
