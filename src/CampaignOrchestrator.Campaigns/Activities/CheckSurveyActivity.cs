using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Integrations.QuestionPro.Respondent;

namespace CampaignOrchestrator.Campaigns.Activities;

/// <summary>
/// Preflight: opens the survey through the respondent API (<c>GET /surveys/{id}/take</c>, no answers submitted) and
/// reports whether it accepts responses. Closed, paused, suspended and quota-full surveys are not open.
/// </summary>
/// <param name="respondent">The QuestionPro respondent client.</param>
public sealed class CheckSurveyActivity(QuestionProRespondentClient respondent) : Activity<SurveyCheckRequest, SurveyCheckResult>
{
    private readonly QuestionProRespondentClient _respondent = respondent ?? throw new ArgumentNullException(nameof(respondent));

    /// <inheritdoc/>
    public override async Task<SurveyCheckResult> RunAsync(ActivityContext context, SurveyCheckRequest input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reply = await VendorFailureTranslator.RunAsync(() => _respondent.TakeAsync(input.SurveyId, null, cancellationToken));
        var reason = reply.Page.Status switch
        {
            RespondentStatus.SurveyClosed => "the survey is closed",
            RespondentStatus.SurveyPaused => "the survey is paused",
            RespondentStatus.SurveySuspended => "the survey is suspended",
            RespondentStatus.QuotaFull => "the survey's quota is full",
            _ => null,
        };
        return new SurveyCheckResult(input.SurveyId, reason is null, reply.Page.RawStatus, reason);
    }
}
