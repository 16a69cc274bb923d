using CampaignOrchestrator.Integrations.Validation;

namespace CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;

/// <summary>QuestionPro email batches: create (send invitations), send again (reminders), get and list.</summary>
/// <remarks>
/// Creating and sending are never re-sent automatically once they may have reached QuestionPro: a failure with
/// <see cref="QuestionProException.Effect"/> <c>Unknown</c> must be reconciled by the caller (for example by listing the
/// survey's batches), because sending invitations twice is worse than sending them late.
/// </remarks>
public class QuestionProEmailBatchClient
{
    private readonly QuestionProTransport _transport = null!;

    /// <summary>Creates the client over a configured <see cref="HttpClient"/> (see <c>AddQuestionPro</c>).</summary>
    /// <param name="httpClient">The HTTP client.</param>
    public QuestionProEmailBatchClient(HttpClient httpClient) => _transport = new QuestionProTransport(httpClient);

    /// <summary>Creates the client for mocking.</summary>
    protected QuestionProEmailBatchClient()
    {
    }

    /// <summary>Creates a batch and sends its invitations (<c>POST /surveys/{surveyId}/batches</c>).</summary>
    /// <param name="surveyId">The survey.</param>
    /// <param name="request">Recipients and message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The batch with its statistics.</returns>
    /// <exception cref="RequestValidationException">The request breaks a documented rule; nothing was sent.</exception>
    /// <exception cref="QuestionProException">QuestionPro refused the request or could not be reached.</exception>
    public virtual Task<EmailBatch> CreateAsync(long surveyId, CreateEmailBatchRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidationException.ThrowIfAny(EmailBatchRequestValidator.ValidateCreate(surveyId, request));
        return _transport.SendJsonAsync<EmailBatch>(HttpMethod.Post, $"surveys/{surveyId}/batches", request, cancellationToken);
    }

    /// <summary>Sends an existing batch again, the reminder send (<c>PUT /surveys/{surveyId}/batches/{batchId}</c>).</summary>
    /// <param name="surveyId">The survey.</param>
    /// <param name="batchId">The batch.</param>
    /// <param name="request">List and message (mode 1 or 3).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The batch with its statistics.</returns>
    /// <exception cref="RequestValidationException">The request breaks a documented rule; nothing was sent.</exception>
    /// <exception cref="QuestionProException">QuestionPro refused the request or could not be reached.</exception>
    public virtual Task<EmailBatch> SendAsync(long surveyId, long batchId, SendEmailBatchRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidationException.ThrowIfAny(EmailBatchRequestValidator.ValidateSend(surveyId, batchId, request));
        return _transport.SendJsonAsync<EmailBatch>(HttpMethod.Put, $"surveys/{surveyId}/batches/{batchId}", request, cancellationToken);
    }

    /// <summary>Gets a batch with its statistics (<c>GET /surveys/{surveyId}/batches/{batchId}</c>).</summary>
    /// <param name="surveyId">The survey.</param>
    /// <param name="batchId">The batch.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="QuestionProException">QuestionPro refused the request or could not be reached.</exception>
    public virtual Task<EmailBatch> GetAsync(long surveyId, long batchId, CancellationToken cancellationToken = default)
    {
        RequestValidationException.ThrowIfNotPositive(surveyId, "$.surveyId");
        RequestValidationException.ThrowIfNotPositive(batchId, "$.batchId");
        return _transport.GetAsync<EmailBatch>($"surveys/{surveyId}/batches/{batchId}", cancellationToken);
    }

    /// <summary>Lists a survey's batches (<c>GET /surveys/{surveyId}/batches</c>), one page.</summary>
    /// <param name="surveyId">The survey.</param>
    /// <param name="page">The page number, from 1.</param>
    /// <param name="perPage">The page size.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The batches of that page.</returns>
    /// <exception cref="QuestionProException">QuestionPro refused the request or could not be reached.</exception>
    public virtual Task<IReadOnlyList<EmailBatch>> ListAsync(long surveyId, int page = 1, int perPage = 100, CancellationToken cancellationToken = default)
    {
        RequestValidationException.ThrowIfNotPositive(surveyId, "$.surveyId");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(page);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perPage);
        return ListCoreAsync(surveyId, page, perPage, cancellationToken);
    }

    private async Task<IReadOnlyList<EmailBatch>> ListCoreAsync(long surveyId, int page, int perPage, CancellationToken cancellationToken) =>
        await _transport.GetAsync<List<EmailBatch>>($"surveys/{surveyId}/batches?page={page}&perPage={perPage}", cancellationToken);
}
