using System.Globalization;
using CampaignOrchestrator.Campaigns.Activities;
using CampaignOrchestrator.Campaigns.Inbound.Messages;
using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Integrations.Http;
using CampaignOrchestrator.Integrations.QuestionPro;
using CampaignOrchestrator.Integrations.QuestionPro.Respondent;
using CampaignOrchestrator.Integrations.Validation;

namespace CampaignOrchestrator.Campaigns.Inbound.Recording;

/// <summary>
/// Answers a QuestionPro survey with a response, at most once: take a session, submit each page (keys built from its
/// <c>formParam</c>) until a final status, replacing an expired session. A failure that cannot have completed the
/// survey — anything before the last page's submit — is retried from a new session (an abandoned session is never a
/// response). A last-page submit whose outcome is unknown may have completed it, and QuestionPro offers no way to look
/// that up: the response then fails as ambiguous, for an operator to check, rather than risk answering twice.
/// </summary>
/// <param name="client">The respondent client.</param>
/// <param name="guard">Records the call before and after it is made.</param>
public sealed class QuestionProResponseRecorder(QuestionProRespondentClient client, EffectGuard guard)
{
    private const int MaxSessionRestarts = 2;

    // A guard against answers that never satisfy a survey's routing; real surveys are far shorter.
    private const int MaxPages = 500;

    /// <summary>Records a response.</summary>
    /// <param name="key">The idempotency key.</param>
    /// <param name="response">The response.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ResponseNotSentException">A transient failure that recorded nothing.</exception>
    /// <exception cref="VendorCallException">A transient failure after which the survey may hold the response.</exception>
    /// <exception cref="AmbiguousEffectException">An earlier attempt may have recorded it.</exception>
    public Task<ResponseOutcome> RecordAsync(string key, QuestionProInboundResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        return guard.RunOnceAsync(key, ct => AnswerAsync(response, ct), exception => exception is ResponseNotSentException, cancellationToken);
    }

    private async Task<ResponseOutcome> AnswerAsync(QuestionProInboundResponse response, CancellationToken cancellationToken)
    {
        var session = client.StartSession(response.SurveyId);
        var restarts = 0;
        try
        {
            var page = await StartAsync(session, cancellationToken);
            while (page.Status == RespondentStatus.Success && page.Questions.Count > 0)
            {
                if (session.PagesSubmitted >= MaxPages)
                {
                    return Rejected(response, $"survey {response.SurveyId} did not finish after {MaxPages} pages; the answers may not match its routing");
                }

                var submitting = page;
                try
                {
                    page = await session.SubmitAsync(response.Answers, cancellationToken);
                }
                catch (QuestionProException exception) when (exception.IsSessionExpired && restarts < MaxSessionRestarts)
                {
                    // QuestionPro discards an expired session's answers, so answering again in a new one is safe.
                    restarts++;
                    page = await StartAsync(session, cancellationToken);
                }
                catch (QuestionProException exception) when (!submitting.IsFinalPage && exception.IsTransient)
                {
                    // Only the last page completes a response; an earlier page at worst ends it as terminated, which
                    // answering again in a new session ends the same way.
                    throw new ResponseNotSentException($"Page {session.PagesSubmitted + 1} of survey {response.SurveyId} failed before the last page: {exception.Message}", Code(exception));
                }
            }

            return Outcome(response, page);
        }
        catch (QuestionProException exception) when (exception.Effect == VendorEffect.None)
        {
            return exception.IsTransient
                ? throw new ResponseNotSentException(exception.Message, Code(exception))
                : Rejected(response, exception.Message);
        }
        catch (RequestValidationException exception)
        {
            return Rejected(response, exception.Message);
        }
        catch (QuestionProException exception)
        {
            throw new VendorCallException(exception.Message, Code(exception), isTransient: true, exception);
        }
    }

    // Taking a session records nothing, whatever happens to the call.
    private static async Task<RespondentPage> StartAsync(RespondentSession session, CancellationToken cancellationToken)
    {
        try
        {
            return await session.StartAsync(cancellationToken);
        }
        catch (QuestionProException exception) when (exception.IsTransient || exception.Effect != VendorEffect.None)
        {
            throw new ResponseNotSentException($"No respondent session could be taken: {exception.Message}", Code(exception));
        }
    }

    private static ResponseOutcome Outcome(QuestionProInboundResponse response, RespondentPage page) => page.Status switch
    {
        RespondentStatus.SurveyComplete => ResponseOutcome.Recorded(response.Id),
        RespondentStatus.ValidationErrors => Rejected(response, "QuestionPro refused the answers: " + string.Join("; ", page.ValidationErrors.Select(Describe))),
        _ => Rejected(response, $"QuestionPro answered {page.RawStatus}"),
    };

    private static string Describe(RespondentValidationError error)
    {
        var details = error.AnswerErrors is { Count: > 0 } answers ? " (" + string.Join(", ", answers.Select(a => $"{a.Key}: {a.Value}")) + ")" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"question {error.QuestionId}: {error.Message ?? "invalid"}{details}");
    }

    private static ResponseOutcome Rejected(QuestionProInboundResponse response, string reason) =>
        new(response.Id, ResponseOutcomeKind.Rejected, reason);

    private static string Code(QuestionProException exception) =>
        exception.HttpStatusCode is { } status ? $"QuestionPro.{status}" : $"QuestionPro.{exception.Failure.Kind}";
}
