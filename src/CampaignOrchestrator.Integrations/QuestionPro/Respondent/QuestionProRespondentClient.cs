using System.Net.Mime;
using System.Text;
using System.Text.Json.Nodes;
using CampaignOrchestrator.Integrations.Http;
using CampaignOrchestrator.Integrations.Validation;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>
/// The QuestionPro respondent API: <c>take</c>, <c>submit-page</c> and <c>previous-page</c>, each answering with a page
/// and a refreshed <c>x-survey-token</c>. Use <see cref="StartSession"/> for a session that tracks the token for you.
/// </summary>
public class QuestionProRespondentClient
{
    private readonly QuestionProTransport _transport = null!;

    /// <summary>Creates the client over a configured <see cref="HttpClient"/> (see <c>AddQuestionPro</c>).</summary>
    /// <param name="httpClient">The HTTP client.</param>
    public QuestionProRespondentClient(HttpClient httpClient) => _transport = new QuestionProTransport(httpClient);

    /// <summary>Creates the client for mocking.</summary>
    protected QuestionProRespondentClient()
    {
    }

    /// <summary>Creates a session for one respondent of a survey; nothing is sent until it starts.</summary>
    /// <param name="surveyId">The survey.</param>
    /// <returns>The session.</returns>
    public virtual RespondentSession StartSession(long surveyId)
    {
        RequestValidationException.ThrowIfNotPositive(surveyId, "$.surveyId");
        return new RespondentSession(this, surveyId);
    }

    /// <summary>Loads the current page (<c>GET /surveys/{surveyId}/take</c>); without a token, opens a new session.</summary>
    /// <param name="surveyId">The survey.</param>
    /// <param name="token">The latest token, or <see langword="null"/> for a new session.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page and the refreshed token.</returns>
    /// <exception cref="QuestionProException">QuestionPro refused the request, could not be reached, or the session expired.</exception>
    public virtual Task<RespondentReply> TakeAsync(long surveyId, string? token, CancellationToken cancellationToken = default)
    {
        RequestValidationException.ThrowIfNotPositive(surveyId, "$.surveyId");
        return SendAsync(HttpMethod.Get, $"surveys/{surveyId}/take", token, null, cancellationToken);
    }

    /// <summary>Submits the current page's answers (<c>POST /surveys/{surveyId}/submit-page</c>).</summary>
    /// <param name="surveyId">The survey.</param>
    /// <param name="token">The latest token.</param>
    /// <param name="answers">The flat body of <c>formParam</c> keys (see <see cref="AnswerKeyBuilder"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The next page or a final status, and the refreshed token.</returns>
    /// <exception cref="QuestionProException">QuestionPro refused the request, could not be reached, or the session expired.</exception>
    public virtual Task<RespondentReply> SubmitPageAsync(long surveyId, string token, JsonObject answers, CancellationToken cancellationToken = default)
    {
        RequestValidationException.ThrowIfNotPositive(surveyId, "$.surveyId");
        ArgumentException.ThrowIfNullOrEmpty(token);
        ArgumentNullException.ThrowIfNull(answers);
        return SendAsync(HttpMethod.Post, $"surveys/{surveyId}/submit-page", token, answers, cancellationToken);
    }

    /// <summary>Goes back one page (<c>GET /surveys/{surveyId}/previous-page</c>); valid only after a successful submit.</summary>
    /// <param name="surveyId">The survey.</param>
    /// <param name="token">The latest token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The previous page and the refreshed token.</returns>
    /// <exception cref="QuestionProException">QuestionPro refused the request, could not be reached, or the session expired.</exception>
    public virtual Task<RespondentReply> PreviousPageAsync(long surveyId, string token, CancellationToken cancellationToken = default)
    {
        RequestValidationException.ThrowIfNotPositive(surveyId, "$.surveyId");
        ArgumentException.ThrowIfNullOrEmpty(token);
        return SendAsync(HttpMethod.Get, $"surveys/{surveyId}/previous-page", token, null, cancellationToken);
    }

    private async Task<RespondentReply> SendAsync(HttpMethod method, string path, string? token, JsonObject? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Add(QuestionProTransport.SurveyTokenHeader, token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, MediaTypeNames.Application.Json);
        }

        var reply = await _transport.SendAsync(request, cancellationToken);
        try
        {
            return new RespondentReply(RespondentPageParser.Parse(reply.Body), reply.SurveyToken ?? token);
        }
        catch (RespondentResponseFormatException exception)
        {
            throw new QuestionProException(
                new QuestionProFailure
                {
                    Kind = QuestionProFailureKind.UnreadableResponse,
                    HttpStatusCode = reply.StatusCode,
                    BodyExcerpt = exception.Excerpt,
                    VendorMessage = exception.Message,
                    Effect = method == HttpMethod.Post ? VendorEffect.Applied : VendorEffect.None,
                },
                exception);
        }
    }
}

/// <summary>A respondent API answer.</summary>
/// <param name="Page">The page or final status.</param>
/// <param name="Token">The refreshed <c>x-survey-token</c> to send next.</param>
public sealed record RespondentReply(RespondentPage Page, string? Token);
