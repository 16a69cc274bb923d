using System.Collections.Frozen;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>Converts <see cref="RespondentStatus"/> values from and to their wire strings.</summary>
public static class RespondentStatusParser
{
    private static readonly FrozenDictionary<string, RespondentStatus> ByWireString = Enum
        .GetValues<RespondentStatus>()
        .Where(status => status != RespondentStatus.Unknown)
        .ToFrozenDictionary(ToWireString, status => status, StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses a wire status case-insensitively; anything unrecognised (including null) is <see cref="RespondentStatus.Unknown"/>.</summary>
    /// <param name="wireStatus">The status text as sent by the server, for example <c>survey_complete</c>.</param>
    /// <returns>The matching status, or <see cref="RespondentStatus.Unknown"/>.</returns>
    public static RespondentStatus Parse(string? wireStatus) =>
        wireStatus is not null && ByWireString.TryGetValue(wireStatus.Trim(), out var status)
            ? status
            : RespondentStatus.Unknown;

    /// <summary>Returns the wire string of a known status.</summary>
    /// <param name="status">A status other than <see cref="RespondentStatus.Unknown"/>.</param>
    /// <returns>The lower-case wire string, for example <c>validation_errors</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The status is <see cref="RespondentStatus.Unknown"/> or undefined.</exception>
    public static string ToWireString(RespondentStatus status) => status switch
    {
        RespondentStatus.Success => "success",
        RespondentStatus.ValidationErrors => "validation_errors",
        RespondentStatus.SurveyComplete => "survey_complete",
        RespondentStatus.Terminated => "terminated",
        RespondentStatus.AuthenticationRequired => "authentication_required",
        RespondentStatus.AlreadyCompleted => "already_completed",
        RespondentStatus.QuotaFull => "quota_full",
        RespondentStatus.SurveyClosed => "survey_closed",
        RespondentStatus.SurveyPaused => "survey_paused",
        RespondentStatus.SurveySuspended => "survey_suspended",
        RespondentStatus.LanguageSelectionRequired => "language_selection_required",
        RespondentStatus.SurveyOptOut => "survey_opt_out",
        RespondentStatus.Redirect => "redirect",
        RespondentStatus.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "The status has no wire string."),
    };
}
