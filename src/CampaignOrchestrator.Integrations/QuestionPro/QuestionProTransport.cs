using System.Net.Http.Json;
using System.Text.Json;
using CampaignOrchestrator.Integrations.Http;

namespace CampaignOrchestrator.Integrations.QuestionPro;

/// <summary>Sends QuestionPro requests and turns every answer into a payload or a classified <see cref="QuestionProException"/>.</summary>
/// <param name="http">The typed client's HTTP client (base address and pipeline already configured).</param>
internal sealed class QuestionProTransport(HttpClient http)
{
    /// <summary>The respondent API's session header.</summary>
    public const string SurveyTokenHeader = "x-survey-token";

    public async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        var reply = await SendAsync(request, cancellationToken);
        return ReadPayload<T>(reply);
    }

    public async Task<T> SendJsonAsync<T>(HttpMethod method, string path, object body, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(method, path)
        {
            Content = JsonContent.Create(body, body.GetType(), options: QuestionProJson.Options),
        };
        var reply = await SendAsync(request, cancellationToken);
        return ReadPayload<T>(reply);
    }

    /// <summary>Sends a request; a non-success status becomes a <see cref="QuestionProException"/>.</summary>
    public async Task<QuestionProReply> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                throw new QuestionProException(QuestionProErrorReader.Read(status, body));
            }

            var token = response.Headers.TryGetValues(SurveyTokenHeader, out var values) ? values.LastOrDefault() : null;
            return new QuestionProReply(status, body, token);
        }
        catch (Exception exception) when (VendorFailureRules.IsTransportFailure(exception, cancellationToken))
        {
            throw new QuestionProException(TransportFailure(exception), exception);
        }
    }

    public static T ReadPayload<T>(QuestionProReply reply)
        where T : class
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<SuccessEnvelope<T>>(reply.Body, QuestionProJson.Options);
            if (envelope?.Response is { } payload)
            {
                return payload;
            }
        }
        catch (JsonException)
        {
            // Fall through to the unreadable-response failure below.
        }

        throw new QuestionProException(new QuestionProFailure
        {
            Kind = QuestionProFailureKind.UnreadableResponse,
            HttpStatusCode = reply.StatusCode,
            BodyExcerpt = QuestionProErrorReader.Excerpt(reply.Body),
            Effect = VendorEffect.Applied,
        });
    }

    private static QuestionProFailure TransportFailure(Exception exception) => new()
    {
        Kind = exception is HttpRequestException or IOException ? QuestionProFailureKind.Network : QuestionProFailureKind.Timeout,
        VendorMessage = exception.Message,
        Effect = VendorFailureRules.NeverReachedServer(exception) ? VendorEffect.None : VendorEffect.Unknown,
    };

    private sealed record SuccessEnvelope<T>(T? Response, string? RequestId)
        where T : class;
}

/// <summary>A successful answer.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Body">The body text.</param>
/// <param name="SurveyToken">The <c>x-survey-token</c> header of a respondent API answer.</param>
internal sealed record QuestionProReply(int StatusCode, string Body, string? SurveyToken);
