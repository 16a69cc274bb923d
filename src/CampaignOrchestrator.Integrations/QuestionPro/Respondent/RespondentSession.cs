using System.Text.Json.Nodes;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>
/// One respondent's pass through a survey: keeps the latest <c>x-survey-token</c> (echoed on every call, as the API
/// requires) and the current page, builds each page's answer keys from its questions' <c>formParam</c>, and starts a
/// new session when the old one has expired.
/// </summary>
public sealed class RespondentSession
{
    // A guard against a survey whose routing loops; real surveys are far shorter.
    private const int MaxPages = 500;
    private readonly QuestionProRespondentClient _client;

    internal RespondentSession(QuestionProRespondentClient client, long surveyId)
    {
        _client = client;
        SurveyId = surveyId;
    }

    /// <summary>Gets the survey.</summary>
    public long SurveyId { get; }

    /// <summary>Gets the latest token received (sent with the next call).</summary>
    public string? Token { get; private set; }

    /// <summary>Gets the latest page or final status received.</summary>
    public RespondentPage? CurrentPage { get; private set; }

    /// <summary>Gets how many sessions were opened (more than one when an expired session was replaced).</summary>
    public int SessionsStarted { get; private set; }

    /// <summary>Gets how many pages were accepted in the current session.</summary>
    public int PagesSubmitted { get; private set; }

    /// <summary>Opens a new session and loads its first page.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The first page, or a status such as <c>survey_closed</c>.</returns>
    public async Task<RespondentPage> StartAsync(CancellationToken cancellationToken = default)
    {
        Token = null;
        PagesSubmitted = 0;
        SessionsStarted++;
        return Accept(await _client.TakeAsync(SurveyId, null, cancellationToken));
    }

    /// <summary>Loads the current page again with the latest token.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The current page.</returns>
    public async Task<RespondentPage> ReloadAsync(CancellationToken cancellationToken = default) =>
        Accept(await _client.TakeAsync(SurveyId, RequireToken(), cancellationToken));

    /// <summary>Answers the current page: keys are built from each question's <c>formParam</c>; questions without an answer are left out.</summary>
    /// <param name="answers">Answers by question id (may hold answers for other pages too).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The next page, the same page with validation errors, or a final status.</returns>
    public Task<RespondentPage> SubmitAsync(IReadOnlyDictionary<long, AnswerValue> answers, CancellationToken cancellationToken = default)
    {
        var page = CurrentPage ?? throw new InvalidOperationException("Start the session before submitting a page.");
        return SubmitRawAsync(AnswerKeyBuilder.BuildPage(page, answers), cancellationToken);
    }

    /// <summary>Submits a ready-made flat body of <c>formParam</c> keys.</summary>
    /// <param name="body">The body.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The next page, the same page with validation errors, or a final status.</returns>
    public async Task<RespondentPage> SubmitRawAsync(JsonObject body, CancellationToken cancellationToken = default)
    {
        var page = Accept(await _client.SubmitPageAsync(SurveyId, RequireToken(), body, cancellationToken));
        if (page.Status != RespondentStatus.ValidationErrors)
        {
            PagesSubmitted++;
        }

        return page;
    }

    /// <summary>Goes back one page (only after a successful submit).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The previous page.</returns>
    public async Task<RespondentPage> PreviousAsync(CancellationToken cancellationToken = default)
    {
        if (PagesSubmitted == 0)
        {
            throw new InvalidOperationException("previous-page is only available after a page has been submitted.");
        }

        return Accept(await _client.PreviousPageAsync(SurveyId, RequireToken(), cancellationToken));
    }

    /// <summary>Drives the session to a final status using <paramref name="answers"/> for every page.</summary>
    /// <param name="answers">Answers by question id, for all pages.</param>
    /// <param name="maxSessionRestarts">How many times an expired session may be replaced by a new one.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The final status: completed, terminated, a survey state, or validation errors.</returns>
    /// <exception cref="QuestionProException">A failure other than an expired session (or too many expirations).</exception>
    public async Task<RespondentPage> CompleteAsync(
        IReadOnlyDictionary<long, AnswerValue> answers,
        int maxSessionRestarts = 2,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var restarts = 0;
        while (true)
        {
            try
            {
                return await RunToFinalStatusAsync(answers, cancellationToken);
            }
            catch (QuestionProException exception) when (exception.IsSessionExpired && restarts < maxSessionRestarts)
            {
                // Answers of an expired session are discarded by QuestionPro, so replaying them in a new one is safe.
                restarts++;
            }
        }
    }

    private async Task<RespondentPage> RunToFinalStatusAsync(IReadOnlyDictionary<long, AnswerValue> answers, CancellationToken cancellationToken)
    {
        var page = await StartAsync(cancellationToken);
        while (page.Status == RespondentStatus.Success && page.Questions.Count > 0)
        {
            if (PagesSubmitted >= MaxPages)
            {
                throw new InvalidOperationException($"Survey {SurveyId} did not finish after {MaxPages} pages; the answers may not match its routing.");
            }

            page = await SubmitAsync(answers, cancellationToken);
        }

        return page;
    }

    private RespondentPage Accept(RespondentReply reply)
    {
        Token = reply.Token ?? Token;
        CurrentPage = reply.Page;
        return reply.Page;
    }

    private string RequireToken() =>
        Token ?? throw new InvalidOperationException("The session has no x-survey-token yet; start it first.");
}
