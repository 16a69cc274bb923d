using CampaignOrchestrator.Integrations.Validation;

namespace CampaignOrchestrator.Integrations.QuestionPro.Micropanel;

/// <summary>QuestionPro micropanel (community) batches: create, get, and read saved filters.</summary>
/// <remarks>
/// QuestionPro offers no way to find a micropanel batch by its content, so a create that fails with
/// <see cref="QuestionProException.Effect"/> <c>Unknown</c> cannot be reconciled automatically: the caller decides.
/// </remarks>
public class QuestionProMicropanelClient
{
    private readonly QuestionProTransport _transport = null!;

    /// <summary>Creates the client over a configured <see cref="HttpClient"/> (see <c>AddQuestionPro</c>).</summary>
    /// <param name="httpClient">The HTTP client.</param>
    public QuestionProMicropanelClient(HttpClient httpClient) => _transport = new QuestionProTransport(httpClient);

    /// <summary>Creates the client for mocking.</summary>
    protected QuestionProMicropanelClient()
    {
    }

    /// <summary>Creates a batch and invites its members (<c>POST /micropanel/batches</c>).</summary>
    /// <param name="request">Survey, recipients and options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new batch id and the vendor's message.</returns>
    /// <exception cref="RequestValidationException">The request breaks a documented rule; nothing was sent.</exception>
    /// <exception cref="QuestionProException">QuestionPro refused the request or could not be reached.</exception>
    public virtual Task<MicropanelBatchCreated> CreateBatchAsync(CreateMicropanelBatchRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidationException.ThrowIfAny(MicropanelBatchRequestValidator.Validate(request));
        return _transport.SendJsonAsync<MicropanelBatchCreated>(HttpMethod.Post, "micropanel/batches", request, cancellationToken);
    }

    /// <summary>Gets a batch (<c>GET /micropanel/batches/{batchId}</c>).</summary>
    /// <param name="batchId">The batch.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The batch with its status text.</returns>
    /// <exception cref="QuestionProException">QuestionPro refused the request or could not be reached.</exception>
    public virtual Task<MicropanelBatch> GetBatchAsync(long batchId, CancellationToken cancellationToken = default)
    {
        RequestValidationException.ThrowIfNotPositive(batchId, "$.batchId");
        return _transport.GetAsync<MicropanelBatch>($"micropanel/batches/{batchId}", cancellationToken);
    }

    /// <summary>Gets a saved filter (<c>GET /micropanel/filters/{filterId}</c>).</summary>
    /// <param name="filterId">The filter.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="QuestionProException">QuestionPro refused the request or could not be reached.</exception>
    public virtual Task<MicropanelFilter> GetFilterAsync(long filterId, CancellationToken cancellationToken = default)
    {
        RequestValidationException.ThrowIfNotPositive(filterId, "$.filterId");
        return _transport.GetAsync<MicropanelFilter>($"micropanel/filters/{filterId}", cancellationToken);
    }
}
