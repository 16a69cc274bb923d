using CampaignOrchestrator.Sandbox.Common;
using CampaignOrchestrator.Sandbox.Control;
using CampaignOrchestrator.Sandbox.Data;
using CampaignOrchestrator.Sandbox.QuestionPro.Common;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Sandbox.QuestionPro.Respondent;

/// <summary>
/// The respondent API's sessions: opening, resuming by token (only the latest token of a session counts), expiry,
/// page navigation and survey availability. Submitting lives in the partial file <c>RespondentService.Submit.cs</c>.
/// </summary>
internal sealed partial class RespondentService
{
    private const string SessionExpiredMessage = "Session expired. Please load the survey page before submitting.";

    private readonly SandboxCatalog _catalog;
    private readonly SimulatedClock _clock;
    private readonly Ledger _ledger;
    private readonly SurveyTokenSigner _signer;
    private readonly TimeSpan _sessionTimeout;
    private readonly Dictionary<Guid, SurveySession> _sessions = [];
    private readonly Dictionary<long, int> _completes = [];
    private readonly Lock _gate = new();

    public RespondentService(SandboxCatalog catalog, SimulatedClock clock, Ledger ledger, SurveyTokenSigner signer, IOptions<SandboxOptions> options)
    {
        _catalog = catalog;
        _clock = clock;
        _ledger = ledger;
        _signer = signer;
        _sessionTimeout = options.Value.SessionTimeout;
        Reset();
    }

    public void Reset()
    {
        lock (_gate)
        {
            _sessions.Clear();
            _completes.Clear();
            foreach (var survey in _catalog.Data.Surveys)
            {
                _completes[survey.Id] = survey.Completes;
            }
        }
    }

    /// <summary>Without a token opens a new session on page 1; with one, answers the session's current page.</summary>
    public RespondentOutcome Take(SurveyData survey, string? token, string urlRoot)
    {
        lock (_gate)
        {
            SurveySession? session;
            if (token is null)
            {
                session = new SurveySession(Guid.NewGuid(), survey.Id);
                _sessions.Add(session.Id, session);
            }
            else if (!TryResume(survey, token, out session, out var failure))
            {
                return failure;
            }

            return Issue(session, StatusOf(survey, session) ?? SurveyPageRenderer.Page(survey, session.PageIndex, urlRoot));
        }
    }

    /// <summary>Goes back one page; only possible after a page was submitted.</summary>
    public RespondentOutcome PreviousPage(SurveyData survey, string? token, string urlRoot)
    {
        lock (_gate)
        {
            if (!TryResume(survey, token, out var session, out var failure))
            {
                return failure;
            }

            if (StatusOf(survey, session) is { } status)
            {
                return Issue(session, status);
            }

            if (session.PageIndex == 0)
            {
                return new RespondentOutcome(
                    QuestionProError.BadRequest("There is no previous page: previous-page is available only after a page has been submitted").ToResult());
            }

            session.PageIndex--;
            return Issue(session, SurveyPageRenderer.Page(survey, session.PageIndex, urlRoot));
        }
    }

    private bool TryResume(SurveyData survey, string? token, out SurveySession session, out RespondentOutcome failure)
    {
        var payload = _signer.Verify(token);
        if (payload is null || payload.SurveyId != survey.Id || !_sessions.TryGetValue(payload.SessionId, out session!) || session.Sequence != payload.Sequence)
        {
            session = null!;
            failure = new RespondentOutcome(QuestionProError.InvalidSurveyToken().ToResult());
            return false;
        }

        if (_clock.RealNow - session.LastActivity > _sessionTimeout)
        {
            failure = new RespondentOutcome(Results.Json(
                new { error = new { code = 1002, message = SessionExpiredMessage }, requestID = QuestionProResults.NewRequestId() },
                SandboxJson.Options,
                statusCode: StatusCodes.Status400BadRequest));
            return false;
        }

        failure = null!;
        return true;
    }

    private SurveyPagePayload? StatusOf(SurveyData survey, SurveySession session)
    {
        if (session.State != SessionState.Active)
        {
            return new SurveyPagePayload(RespondentStatuses.AlreadyCompleted);
        }

        var status = survey.Status switch
        {
            SurveyStatuses.Closed => RespondentStatuses.SurveyClosed,
            SurveyStatuses.Paused => RespondentStatuses.SurveyPaused,
            SurveyStatuses.Suspended => RespondentStatuses.SurveySuspended,
            _ when survey.Quota is { } quota && _completes[survey.Id] >= quota => RespondentStatuses.QuotaFull,
            _ => null,
        };
        return status is null ? null : new SurveyPagePayload(status);
    }

    /// <summary>Answers with a fresh token, which makes every earlier token of the session stale.</summary>
    private RespondentOutcome Issue(SurveySession session, SurveyPagePayload payload)
    {
        var now = _clock.RealNow;
        session.Sequence++;
        session.LastActivity = now;
        var token = _signer.Sign(new SurveyTokenPayload(session.Id, session.SurveyId, session.Sequence, now.ToUnixTimeSeconds()));
        return new RespondentOutcome(QuestionProResults.Ok(payload), token);
    }
}
