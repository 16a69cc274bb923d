using System.Text.Json;
using CampaignOrchestrator.Sandbox.Control;
using CampaignOrchestrator.Sandbox.Data;
using CampaignOrchestrator.Sandbox.QuestionPro.Common;

namespace CampaignOrchestrator.Sandbox.QuestionPro.Respondent;

/// <summary>Submitting a page: schema check, answer rules, termination, completion.</summary>
internal sealed partial class RespondentService
{
    /// <summary>Submits the current page; <paramref name="body"/> is <see langword="null"/> when it was not proper JSON.</summary>
    public RespondentOutcome Submit(SurveyData survey, string? token, JsonElement? body, string urlRoot)
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

            if (body is null)
            {
                return new RespondentOutcome(QuestionProError.BodyNotJson().ToResult());
            }

            var page = survey.Pages[session.PageIndex];
            if (SubmittedAnswers.Read(body.Value, page, out var problem) is not { } answers)
            {
                return new RespondentOutcome(QuestionProError.InvalidSchema(problem!).ToResult());
            }

            var errors = PageAnswerValidator.Validate(page, answers);
            if (errors.Count > 0)
            {
                return Issue(session, SurveyPageRenderer.Page(survey, session.PageIndex, urlRoot, RespondentStatuses.ValidationErrors, errors));
            }

            Keep(session, page, answers);
            if (PageAnswerValidator.TerminatingChoice(page, answers) is { } choice)
            {
                session.State = SessionState.Terminated;
                _ledger.Record(LedgerKinds.RespondentTerminated, new
                {
                    surveyId = survey.Id,
                    sessionId = session.Id,
                    page = session.PageIndex + 1,
                    questionId = choice.Question.Id,
                    answerId = choice.Answer.Id,
                });
                return Issue(session, new SurveyPagePayload(RespondentStatuses.Terminated, survey.TerminationRedirectUrl));
            }

            if (session.PageIndex < survey.Pages.Count - 1)
            {
                session.PageIndex++;
                return Issue(session, SurveyPageRenderer.Page(survey, session.PageIndex, urlRoot));
            }

            session.State = SessionState.Completed;
            _completes[survey.Id]++;
            _ledger.Record(LedgerKinds.RespondentCompleted, new { surveyId = survey.Id, sessionId = session.Id, answers = session.Answers });
            return Issue(session, new SurveyPagePayload(RespondentStatuses.SurveyComplete, survey.CompletionRedirectUrl));
        }
    }

    private void Keep(SurveySession session, PageData page, SubmittedAnswers answers)
    {
        // A page submitted again (after previous-page) replaces that page's earlier answers.
        foreach (var key in page.Questions.SelectMany(FormParam.KeysOf))
        {
            session.Answers.Remove(key);
        }

        var submitted = answers.Values;
        foreach (var (key, value) in submitted)
        {
            session.Answers[key] = value;
        }

        _ledger.Record(LedgerKinds.RespondentPageSubmitted, new
        {
            surveyId = session.SurveyId,
            sessionId = session.Id,
            page = session.PageIndex + 1,
            answers = submitted,
        });
    }
}
