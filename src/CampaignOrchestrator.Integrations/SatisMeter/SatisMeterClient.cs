using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CampaignOrchestrator.Integrations.Http;
using CampaignOrchestrator.Integrations.Validation;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Integrations.SatisMeter;

/// <summary>SatisMeter's insert-response API (<c>POST /api/responses</c>).</summary>
/// <remarks>
/// Every answer is a <see cref="InsertResponseResult"/>; only caller cancellation and invalid requests throw. A call that
/// may have been recorded is never re-sent automatically: its result says <see cref="VendorEffect.Unknown"/>.
/// </remarks>
public class SatisMeterClient
{
    private const string DuplicateMessage = "Duplicate response";
    private readonly HttpClient _http = null!;
    private readonly IOptions<SatisMeterOptions> _options = null!;

    /// <summary>Creates the client (see <c>AddSatisMeter</c>).</summary>
    /// <param name="httpClient">The configured HTTP client.</param>
    /// <param name="options">The options holding the write key.</param>
    public SatisMeterClient(HttpClient httpClient, IOptions<SatisMeterOptions> options)
    {
        _http = httpClient;
        _options = options;
    }

    /// <summary>Creates the client for mocking.</summary>
    protected SatisMeterClient()
    {
    }

    /// <summary>Sends one response.</summary>
    /// <param name="request">The response.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Recorded, duplicate, rejected or a transient failure.</returns>
    /// <exception cref="RequestValidationException">The request breaks a documented rule; nothing was sent.</exception>
    public virtual async Task<InsertResponseResult> InsertResponseAsync(InsertResponseRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidationException.ThrowIfAny(InsertResponseRequestValidator.Validate(request));
        if (!_options.Value.TryGetWriteKey(request.Project, out var writeKey))
        {
            throw new RequestValidationException(
                [new ValidationFailure("$.project", $"no write key is configured for SatisMeter project '{request.Project}' (SatisMeter:Projects:{request.Project}:WriteKey)")]);
        }

        try
        {
            using var response = await _http.PostAsJsonAsync("api/responses", ToWire(request, writeKey), cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return Interpret(response.StatusCode, body);
        }
        catch (Exception exception) when (VendorFailureRules.IsTransportFailure(exception, cancellationToken))
        {
            return new InsertResponseResult
            {
                Outcome = InsertResponseOutcome.TransientFailure,
                Message = exception is HttpRequestException or IOException ? $"SatisMeter could not be reached: {exception.Message}" : "SatisMeter did not answer in time.",
                Effect = VendorFailureRules.NeverReachedServer(exception) ? VendorEffect.None : VendorEffect.Unknown,
            };
        }
    }

    internal static InsertResponseResult Interpret(HttpStatusCode statusCode, string body)
    {
        var status = (int)statusCode;
        var (message, id) = ReadBody(body);
        if (status is >= 200 and < 300)
        {
            return new InsertResponseResult { Outcome = InsertResponseOutcome.Recorded, StatusCode = status, ResponseId = id };
        }

        var outcome = VendorFailureRules.IsTransientStatus(status) ? InsertResponseOutcome.TransientFailure
            : status == 400 && message?.Contains(DuplicateMessage, StringComparison.OrdinalIgnoreCase) == true ? InsertResponseOutcome.Duplicate
            : InsertResponseOutcome.Rejected;
        return new InsertResponseResult
        {
            Outcome = outcome,
            StatusCode = status,
            Message = message ?? $"SatisMeter answered {status}.",
            Effect = VendorFailureRules.EffectOfStatus(status),
        };
    }

    private static JsonObject ToWire(InsertResponseRequest request, string writeKey)
    {
        var answers = new JsonArray();
        foreach (var answer in request.Answers)
        {
            answers.Add(new JsonObject
            {
                ["id"] = answer.Id,
                ["value"] = answer.Rating is { } rating ? JsonValue.Create(rating) : JsonValue.Create(answer.Text ?? string.Empty),
            });
        }

        var body = new JsonObject
        {
            ["writeKey"] = writeKey,
            ["campaign"] = request.Campaign,
            ["method"] = request.Method.ToWire(),
            ["answers"] = answers,
        };
        AddIfPresent(body, "userId", request.UserId);
        AddIfPresent(body, "anonymousId", request.AnonymousId);
        if (request.Traits is not null)
        {
            body["traits"] = request.Traits.DeepClone();
        }

        if (request.ForceSurvey)
        {
            body["forceSurvey"] = true;
        }

        return body;
    }

    private static void AddIfPresent(JsonObject body, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            body[name] = value;
        }
    }

    private static (string? Message, string? Id) ReadBody(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.String)
            {
                return (root.GetString(), null);
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            var message = ((string[])["message", "error", "errorMessage"])
                .Select(name => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null)
                .FirstOrDefault(text => text is not null);
            var id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind is JsonValueKind.String or JsonValueKind.Number ? idValue.ToString() : null;
            return (message, id);
        }
        catch (JsonException)
        {
            // Plain-text answers (the documented "Duplicate response" among them) are messages as they are.
            var text = body.Trim();
            return (text.Length <= 200 ? text : text[..200] + "…", null);
        }
    }
}
